import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// The console's top bar: which server, whether it answers, refresh, and the language.
ToolBar {
    implicitHeight: Theme.touchTarget + Theme.spacing

    background: Rectangle {
        color: Theme.surface
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Outfall console")
        }
        Label {
            Layout.fillWidth: true
            color: ConsoleSession.error.length > 0 ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            objectName: "connectionState"
            text: ConsoleSession.error.length > 0 ? ConsoleSession.error : ConsoleSession.reached ? qsTr("%1 · %2 permits in the district").arg(ConsoleSession.endpoint).arg(ConsoleSession.permitCount) : qsTr("Connecting to %1…").arg(ConsoleSession.endpoint)
            wrapMode: Text.Wrap
        }
        BusyIndicator {
            implicitHeight: Theme.touchTarget - 8
            implicitWidth: Theme.touchTarget - 8
            running: ConsoleSession.busy
        }
        OfButton {
            primary: false
            text: qsTr("Refresh")

            onClicked: ConsoleSession.refresh()
        }
        OfLanguageChoice {
        }
    }
}

import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Open discrepancy flags of the permits on this tablet, most severe first.
Page {
    id: page
    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Flags")

    FlagListModel {
        id: flags
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Open flags: %n", "", flags.count)
        }
        // The provisional flags are computed off the GUI thread (FlagListModel): say so.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: flags.loading

            BusyIndicator {
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget
                running: flags.loading
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                objectName: "flagsLoading"
                text: qsTr("Checking the permits on this tablet for flags…")
                wrapMode: Text.WordWrap
            }
        }
        OfErrorText {
            text: flags.lastError
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: flags
            spacing: Theme.spacing

            delegate: FlagDelegate {
                width: ListView.view.width
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No open flags for the permits on this tablet.")
                visible: flags.count === 0 && !flags.loading
                width: parent.width * 0.8
                wrapMode: Text.WordWrap
            }
        }
    }
}

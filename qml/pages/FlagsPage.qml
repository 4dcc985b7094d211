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
                visible: flags.count === 0
                width: parent.width * 0.8
                wrapMode: Text.WordWrap
            }
        }
    }
}

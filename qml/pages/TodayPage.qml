import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The default page: today's assignments in route order with the distance from here, and
// the sync state. Side by side in landscape, stacked in portrait.
Page {
    id: page
    signal permitChosen(string permitId)

    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Today")

    onVisibleChanged: if (visible) {
        SyncController.refresh();
        assignments.reload();
    }

    AssignmentListModel {
        id: assignments
        hereLatitude: PositionController.valid ? PositionController.latitude : NaN
        hereLongitude: PositionController.valid ? PositionController.longitude : NaN
    }
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columnSpacing: Theme.spacing * 2
        columns: page.width > page.height ? 2 : 1
        rowSpacing: Theme.spacing

        SyncStatusCard {
            Layout.alignment: Qt.AlignTop
            Layout.column: page.width > page.height ? 1 : 0
            Layout.fillWidth: page.width <= page.height
            Layout.preferredWidth: 420
            Layout.row: 0
        }
        ColumnLayout {
            Layout.column: 0
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.row: page.width > page.height ? 0 : 1
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Today's route: %n stop(s)", "", assignments.count)
            }
            Label {
                Layout.fillWidth: true
                color: PositionController.error.length > 0 ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: PositionController.error.length > 0 ? PositionController.error : PositionController.valid ? qsTr("Distances from your position (±%1 m).").arg(Math.round(PositionController.accuracyM)) : qsTr("Waiting for a position fix; distances appear when there is one.")
                wrapMode: Text.WordWrap
            }
            ListView {
                Layout.fillHeight: true
                Layout.fillWidth: true
                clip: true
                model: assignments
                spacing: Theme.spacing

                delegate: AssignmentDelegate {
                    width: ListView.view.width

                    onOpen: permitId => page.permitChosen(permitId)
                }

                Label {
                    anchors.centerIn: parent
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No assignments on this tablet. Sync to receive today's route.")
                    visible: assignments.count === 0
                    width: parent.width * 0.8
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}

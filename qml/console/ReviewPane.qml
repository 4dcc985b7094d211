import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// Inspections waiting for review, and the one chosen: what was answered, measured,
// photographed and signed, the flags it raised, earlier decisions; approve it, or return it
// to the inspector with a comment.
RowLayout {
    id: pane

    readonly property var inspection: queue.selected
    readonly property var queue: ConsoleSession.reviews

    spacing: 0

    ColumnLayout {
        Layout.fillHeight: true
        Layout.margins: Theme.spacing
        Layout.maximumWidth: 340
        Layout.preferredWidth: 340
        spacing: Theme.spacing

        OfComboBox {
            Layout.fillWidth: true
            currentIndex: ["submitted", "returned", "approved", ""].indexOf(pane.queue.stateFilter)
            model: [{
                    "value": "submitted",
                    "text": qsTr("Waiting for review")
                }, {
                    "value": "returned",
                    "text": qsTr("Returned")
                }, {
                    "value": "approved",
                    "text": qsTr("Approved")
                }, {
                    "value": "",
                    "text": qsTr("All")
                }]
            objectName: "reviewFilter"

            onActivated: index => pane.queue.stateFilter = model[index].value
        }
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: pane.queue
            objectName: "reviewList"
            spacing: 4

            delegate: ItemDelegate {
                required property string enterprise
                required property string inspectionId
                required property string inspector
                required property string permit
                required property string stateText
                required property string submitted

                highlighted: pane.queue.selectedId === inspectionId
                width: ListView.view.width

                // The chosen row: a pale fill and an accent edge, so its coloured text stays legible.
                background: Rectangle {
                    border.color: parent.highlighted ? Theme.accent : Theme.divider
                    border.width: parent.highlighted ? 3 : 1
                    color: parent.highlighted ? "#e3ecf9" : parent.down ? Theme.surface : Theme.background
                    radius: 4
                }
                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        text: enterprise.length > 0 ? enterprise : permit
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("%1 · %2").arg(inspector).arg(submitted)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                        text: stateText
                    }
                }

                onClicked: pane.queue.select(inspectionId)
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Nothing to review.")
                visible: list.count === 0
            }
        }
    }
    Rectangle {
        Layout.fillHeight: true
        color: Theme.divider
        implicitWidth: 1
    }
    ReviewDetail {
        Layout.fillHeight: true
        Layout.fillWidth: true
        inspection: pane.inspection
        queue: pane.queue
    }
}

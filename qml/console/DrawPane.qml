import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// "Double random" draws: the list, the one chosen with its teams and routes, and the steps
// on it: draw (a dialog), plan from a start (a dialog), publish to the devices.
RowLayout {
    id: pane

    readonly property var draw: draws.selected
    readonly property var draws: ConsoleSession.draws

    spacing: 0

    ColumnLayout {
        Layout.fillHeight: true
        Layout.margins: Theme.spacing
        Layout.maximumWidth: 300
        Layout.preferredWidth: 300
        spacing: Theme.spacing

        OfButton {
            Layout.fillWidth: true
            objectName: "newDrawButton"
            text: qsTr("New draw…")

            onClicked: drawDialog.open()
        }
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: pane.draws
            objectName: "drawList"
            spacing: 4

            delegate: ItemDelegate {
                required property string created
                required property string drawId
                required property int enterprises
                required property int number
                required property string stageText
                required property int teams

                highlighted: pane.draws.selectedId === drawId
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
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Draw %1").arg(number)
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("%1 sites, %2 teams · %3").arg(enterprises).arg(teams).arg(created)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                        text: stageText
                    }
                }

                onClicked: pane.draws.select(drawId)
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("No draws yet.")
                visible: list.count === 0
            }
        }
    }
    Rectangle {
        Layout.fillHeight: true
        color: Theme.divider
        implicitWidth: 1
    }
    ScrollView {
        id: detail
        Layout.fillHeight: true
        Layout.fillWidth: true
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing
            width: detail.availableWidth - 2 * Theme.spacing
            x: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: qsTr("Choose a draw on the left, or make a new one.")
                visible: !pane.draw.id
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Draw %1 · %2").arg(pane.draw.number).arg(pane.draw.stageText)
                visible: !!pane.draw.id
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Seed %1 · pool \"%2\" · candidates: %3 · weighting: %4 · %5").arg(pane.draw.seedText).arg(pane.draw.pool).arg(pane.draw.poolEnterprises).arg(pane.draw.weighting).arg(pane.draw.contentHash)
                visible: !!pane.draw.id
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                font.bold: true
                font.pixelSize: Theme.fontSmall
                text: qsTr("Planned routes: %1 km in all, against %2 km in the draw's order.").arg(pane.draw.plannedKm).arg(pane.draw.drawOrderKm)
                visible: !!pane.draw.planned
                wrapMode: Text.Wrap
            }
            Repeater {
                model: pane.draw.teams || []

                ColumnLayout {
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        color: pane.draws.teamColor(modelData.team)
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        text: modelData.plannedKm !== undefined ? qsTr("Team %1: %2 · %3 km").arg(modelData.team).arg(modelData.inspectors).arg(modelData.plannedKm) : qsTr("Team %1: %2").arg(modelData.team).arg(modelData.inspectors)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontSmall
                        text: modelData.sites.map((name, i) => (i + 1) + ". " + name).join("   ")
                        wrapMode: Text.Wrap
                    }
                }
            }
            RowLayout {
                spacing: Theme.spacing
                visible: !!pane.draw.id && !pane.draw.published

                OfButton {
                    objectName: "planButton"
                    primary: !pane.draw.planned
                    text: pane.draw.planned ? qsTr("Plan again…") : qsTr("Plan routes…")

                    onClicked: planDialog.open()
                }
                OfButton {
                    enabled: !!pane.draw.planned
                    objectName: "publishButton"
                    text: qsTr("Publish to the inspectors")

                    onClicked: pane.draws.publish()
                }
            }
            Label {
                Layout.bottomMargin: Theme.spacing
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSmall
                objectName: "drawStatus"
                text: pane.draws.status
                wrapMode: Text.Wrap
            }
        }
    }
    DrawDialog {
        id: drawDialog
        draws: pane.draws
        objectName: "drawDialog"
    }
    PlanDialog {
        id: planDialog
        draws: pane.draws
        objectName: "planDialog"
    }
}

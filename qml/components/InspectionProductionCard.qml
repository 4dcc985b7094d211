import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// The production state seen on site, asked and recorded before signing: running, partial with
// the load the representative states, or stopped. A plant reported shut down but seen running
// is a finding, so the record says what was seen.
ColumnLayout {
    id: card

    property string chosen: team.productionState
    required property InspectionTeamController team

    spacing: Theme.spacing

    Label {
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontTitle
        text: qsTr("Production seen on site")
    }
    Label {
        Layout.fillWidth: true
        color: card.team.productionState.length > 0 ? Theme.text : Theme.danger
        font.bold: card.team.productionState.length === 0
        font.pixelSize: Theme.fontBody
        objectName: "productionRecorded"
        text: card.team.productionState.length > 0 ? qsTr("Recorded: %1").arg(card.team.productionText) : qsTr("Not recorded yet: ask and record it before signing.")
        wrapMode: Text.WordWrap
    }
    OfChoiceRow {
        Layout.fillWidth: true
        current: card.chosen
        model: [{
                "value": "running",
                "text": qsTr("Running")
            }, {
                "value": "partial",
                "text": qsTr("Partial")
            }, {
                "value": "stopped",
                "text": qsTr("Stopped")
            }]
        visible: card.team.editable

        onChosen: value => card.chosen = value
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: card.team.editable

        OfTextField {
            id: load
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            label: card.chosen === "partial" ? qsTr("Load (%), as the representative states it") : qsTr("Load (%), if stated")
            objectName: "productionLoad"
            text: card.team.productionLoadText
            visible: card.chosen !== "stopped"
        }
        OfButton {
            Layout.alignment: Qt.AlignBottom
            enabled: card.chosen.length > 0
            objectName: "recordProduction"
            text: qsTr("Record production")

            onClicked: card.team.recordProduction(card.chosen, load.visible ? load.text : "")
        }
    }
    OfErrorText {
        text: card.team.productionError
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// The inspectors on this inspection, each with the enforcement certificate number the record
// will carry; the second (and any further) one is chosen from the inspectors the tablet knows.
// Until two are on it, the reason the law gives is shown and nobody signs.
ColumnLayout {
    id: card

    required property InspectionTeamController team

    spacing: Theme.spacing

    Label {
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontTitle
        text: qsTr("Inspection team")
    }
    Repeater {
        model: card.team.members

        RowLayout {
            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: Theme.fontBody
                text: (modelData.lead ? qsTr("%1 (leads) · certificate %2") : qsTr("%1 · certificate %2")).arg(modelData.name).arg(modelData.certificateNo.length > 0 ? modelData.certificateNo : qsTr("none on record"))
                wrapMode: Text.WordWrap
            }
            // One added by mistake comes off again (the core says when it no longer can).
            OfButton {
                objectName: "removeInspector"
                primary: false
                text: qsTr("Remove")
                visible: card.team.editable && !modelData.lead

                onClicked: card.team.removeInspector(modelData.inspectorId)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        color: Theme.danger
        font.bold: true
        font.pixelSize: Theme.fontBody
        objectName: "teamShortfall"
        text: card.team.teamShortfall
        visible: text.length > 0
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: card.team.editable && card.team.candidates.length > 0

        OfComboBox {
            id: candidate
            Layout.fillWidth: true
            model: card.team.candidates
            objectName: "teamCandidate"
        }
        OfButton {
            objectName: "addInspector"
            text: qsTr("Add inspector")

            onClicked: card.team.addInspector(candidate.value)
        }
    }
    Label {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("No other inspector with an enforcement certificate is known to this tablet; sync to get the staff list.")
        visible: card.team.editable && card.team.candidates.length === 0 && !card.team.teamComplete
        wrapMode: Text.WordWrap
    }
    OfErrorText {
        text: card.team.teamError
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// This visit's discrepancies, for the representative to read before signing: what the rules
// that run on the tablet found in this inspection's records, with the numbers compared and the
// computation. Provisional: the server's verdict comes with the next sync.
ColumnLayout {
    id: card

    required property FindingListModel findings

    spacing: Theme.spacing

    Label {
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontTitle
        text: qsTr("Findings of this visit")
    }
    Label {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: card.findings.count > 0 ? qsTr("Read them with the representative before signing. Provisional until the server confirms them.") : qsTr("No discrepancy found in this visit's records so far (provisional: the server checks again after sync).")
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: card.findings

        Rectangle {
            id: entry

            required property string inputsText
            required property string message
            required property string ruleId
            required property string severity
            required property string severityText
            required property string stepsText

            Layout.fillWidth: true
            Layout.preferredHeight: finding.implicitHeight + 2 * Theme.spacing
            border.color: severity === "violation" ? Theme.danger : Theme.divider
            border.width: 2
            color: Theme.surface
            radius: 6

            ColumnLayout {
                id: finding
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    color: entry.severity === "violation" ? Theme.danger : Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    text: entry.severityText + " · " + entry.ruleId
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    text: Language.keepTokensWhole(entry.message)
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: Language.keepTokensWhole(entry.inputsText)
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: Language.keepTokensWhole(entry.stepsText)
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}

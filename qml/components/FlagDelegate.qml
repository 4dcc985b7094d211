import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// One open discrepancy flag: severity, the sentence, and what it is about.
Rectangle {
    id: delegate

    required property string enterpriseName
    required property string message
    required property string permitNumber
    required property string severity
    required property string severityText
    required property string subjectText

    border.color: severity === "violation" ? Theme.danger : Theme.divider
    border.width: severity === "violation" ? 3 : 1
    color: Theme.background
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: 6

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                color: delegate.severity === "violation" ? Theme.danger : delegate.severity === "warning" ? Theme.text : Theme.textMuted
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: delegate.severityText
            }
            Label {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                maximumLineCount: 2
                text: delegate.enterpriseName
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: Language.keepTokensWhole(delegate.message)
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            text: delegate.permitNumber + " · " + delegate.subjectText
            wrapMode: Text.WordWrap
        }
    }
}

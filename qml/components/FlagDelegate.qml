import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// One discrepancy flag: severity, the sentence, what it is about, its state and whose verdict
// it is (the server's, or provisional from this tablet's rules), the computation (inputs with
// units, then the steps) and thumbnails of the photos it rests on.
Rectangle {
    id: delegate

    required property string enterpriseName
    required property var evidenceUrls
    required property string inputsText
    required property string message
    required property string permitNumber
    required property bool provisional
    required property string severity
    required property string severityText
    required property string state
    required property string stateText
    required property string stepsText
    required property string subjectText
    required property string verdictText

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
        Label {
            Layout.fillWidth: true
            color: delegate.provisional ? Theme.accent : Theme.text
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: delegate.stateText + " · " + delegate.verdictText
            wrapMode: Text.WordWrap
        }
        // The computation: what was compared, with units, then each step.
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            text: Language.keepTokensWhole(delegate.inputsText)
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
            text: Language.keepTokensWhole(delegate.stepsText)
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            visible: delegate.evidenceUrls.length > 0

            Repeater {
                model: delegate.evidenceUrls

                Image {
                    required property url modelData

                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                    height: 90
                    source: modelData
                    sourceSize.height: 180
                    width: 120
                }
            }
        }
    }
}

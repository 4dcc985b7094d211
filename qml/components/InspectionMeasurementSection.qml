import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The measurement editor and what is recorded. A recorded measurement is corrected, never
// edited: "Correct" fills the editor with it and saving records a new measurement that
// supersedes it; the old one stays in the list, struck through and marked as superseded.
ScrollView {
    id: section

    // A correction of a recorded measurement (in progress, or returned by the supervisor to be amended).
    property bool correctable: true
    required property MeasurementForm form
    // A new measurement (only while the inspection is in progress).
    property bool recordable: true

    contentWidth: availableWidth

    ColumnLayout {
        spacing: Theme.spacing
        width: section.availableWidth

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: correcting.implicitHeight + 2 * Theme.spacing
            border.color: Theme.accent
            border.width: 2
            color: Theme.surface
            visible: section.form.correctingId.length > 0

            RowLayout {
                id: correcting
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    text: qsTr("Correcting %1. Saving records a new measurement that supersedes it.").arg(section.form.correctingText)
                    wrapMode: Text.WordWrap
                }
                OfButton {
                    objectName: "cancelCorrection"
                    primary: false
                    text: qsTr("Cancel")

                    onClicked: section.form.cancelCorrection()
                }
            }
        }
        OfMeasurementEditor {
            Layout.fillWidth: true
            enabled: section.recordable || (section.correctable && section.form.correctingId.length > 0)
            form: section.form
        }
        Label {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Recorded")
            visible: section.form.recordedMeasurements.length > 0
        }
        Repeater {
            model: section.form.recordedMeasurements

            RowLayout {
                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        color: modelData.superseded ? Theme.textMuted : Theme.text
                        font.pixelSize: Theme.fontBody
                        font.strikeout: modelData.superseded
                        text: modelData.superseded ? qsTr("%1 (superseded)").arg(modelData.text) : modelData.correction ? qsTr("%1 (correction)").arg(modelData.text) : modelData.text
                        wrapMode: Text.WordWrap
                    }
                    // Its verdict, in the verdict's colour (and words, not colour alone).
                    Label {
                        Layout.fillWidth: true
                        color: modelData.superseded ? Theme.textMuted : modelData.verdict === "over" ? Theme.danger : modelData.verdict === "within" ? Theme.ok : Theme.textMuted
                        font.bold: modelData.verdict === "over" && !modelData.superseded
                        font.pixelSize: Theme.fontSmall
                        objectName: "verdict-" + modelData.id
                        text: modelData.verdictText
                        wrapMode: Text.WordWrap
                    }
                }
                OfButton {
                    enabled: section.correctable
                    objectName: "correct-" + modelData.id
                    primary: false
                    text: qsTr("Correct")
                    visible: !modelData.superseded && modelData.id !== section.form.correctingId

                    onClicked: section.form.beginCorrection(modelData.id)
                }
            }
        }
    }
}

import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Outlet check: average N fixes at an outlet, see accuracy and distance to the permitted
// position, record; below it, an outlet that is not on the permit, with fixes of its own.
ScrollView {
    id: section

    required property OutletCheckController check
    // Outlet checks are new evidence: only while the inspection is in progress.
    property bool recordable: true
    // The undeclared outlet's own capture (InspectionController.undeclaredOutlet).
    required property OutletCheckController undeclared

    contentWidth: availableWidth

    ColumnLayout {
        spacing: Theme.spacing
        width: section.availableWidth

        Label {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Outlet position")
        }
        OfChoiceRow {
            Layout.fillWidth: true
            current: section.check.outletCode
            model: section.check.outlets.map(o => ({
                            "value": o.code,
                            "text": o.code + " " + o.name
                        }))

            onChosen: value => section.check.outletCode = value
        }
        Label {
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Fixes to average")
        }
        OfChoiceRow {
            Layout.fillWidth: true
            current: String(section.check.sampleTarget)
            model: ["1", "5", "10"]

            onChosen: value => section.check.sampleTarget = Number(value)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            OfButton {
                enabled: section.recordable
                text: section.check.sampling ? qsTr("Stop") : qsTr("Take %n fix(es)", "", section.check.sampleTarget)

                onClicked: section.check.sampling ? section.check.cancelSampling() : section.check.startSampling()
            }
            OfButton {
                enabled: section.recordable && section.check.hasAverage && !section.check.sampling && section.check.refusal.length === 0
                text: qsTr("Record outlet check")

                onClicked: section.check.record()
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: section.check.summary
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        OfErrorText {
            text: section.check.findingText
        }
        OfErrorText {
            text: section.check.refusal
        }
        // Far from the site: recorded only when the inspector says so (marked far).
        OfFarConfirmation {
            Layout.fillWidth: true
            check: section.check
        }
        Label {
            Layout.fillWidth: true
            color: section.check.lastRecordedFinding ? Theme.danger : Theme.ok
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: section.check.lastRecorded
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        OfErrorText {
            text: section.check.lastError
        }
        InspectionUndeclaredOutlet {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            check: section.undeclared
            recordable: section.recordable
        }
    }
}

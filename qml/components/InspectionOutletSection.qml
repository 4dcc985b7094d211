import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Outlet check: average N fixes at an outlet, see accuracy and distance to the permitted
// position, record; or record an outlet that is not on the permit.
ScrollView {
    id: section

    required property OutletCheckController check
    property string medium: "water"
    // Outlet checks are new evidence: only while the inspection is in progress.
    property bool recordable: true

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
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: section.check.farConfirmation.length > 0

            OfErrorText {
                text: section.check.farConfirmation
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                OfButton {
                    text: qsTr("Record anyway, marked far from the site")

                    onClicked: section.check.confirmFar()
                }
                OfButton {
                    primary: false
                    text: qsTr("Cancel")

                    onClicked: section.check.cancelFar()
                }
            }
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
        Label {
            Layout.topMargin: Theme.spacing * 2
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Undeclared outlet")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("An outlet that is not on the permit is illegal discharge. Take the fixes standing at it, describe it and record it.")
            wrapMode: Text.WordWrap
        }
        OfChoiceRow {
            Layout.fillWidth: true
            current: section.medium
            model: [{
                    "value": "water",
                    "text": qsTr("Water")
                }, {
                    "value": "air",
                    "text": qsTr("Air")
                }]

            onChosen: value => section.medium = value
        }
        OfTextField {
            id: description
            Layout.fillWidth: true
            label: qsTr("Description")
            placeholderText: qsTr("e.g. pipe into the river behind the workshop")
        }
        OfButton {
            enabled: section.recordable && section.check.hasAverage && !section.check.sampling && section.check.refusal.length === 0 && description.text.trim().length > 0
            primary: false
            text: qsTr("Record undeclared outlet")

            onClicked: if (section.check.recordUndeclared(section.medium, description.text))
                description.text = ""
        }
    }
}

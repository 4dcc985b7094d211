import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// An outlet that is not on the permit (illegal discharge): its own fixes, taken standing at
// it, a description, and Record — which says why it cannot record yet instead of doing nothing.
// What it records or refuses is said here, not in the outlet check above.
ColumnLayout {
    id: undeclared

    // Why Record cannot record now; empty when it can.
    readonly property string blocker: !recordable ? qsTr("The inspection is no longer in progress.") : check.sampling ? qsTr("Wait until the fixes are taken.") : !check.hasAverage ? qsTr("Take the fixes standing at the outlet first.") : description.text.trim().length === 0 ? qsTr("Describe the outlet first.") : ""
    required property OutletCheckController check
    property string medium: "water"
    // Only while the inspection is in progress (new evidence).
    property bool recordable: true

    spacing: Theme.spacing

    Label {
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
        current: undeclared.medium
        model: [{
                "value": "water",
                "text": qsTr("Water")
            }, {
                "value": "air",
                "text": qsTr("Air")
            }]

        onChosen: value => undeclared.medium = value
    }
    OfTextField {
        id: description
        Layout.fillWidth: true
        input.objectName: "undeclaredDescription"
        label: qsTr("Description")
        placeholderText: qsTr("e.g. pipe into the river behind the workshop")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        OfButton {
            enabled: undeclared.recordable
            objectName: "undeclaredFixes"
            text: undeclared.check.sampling ? qsTr("Stop") : qsTr("Take %n fix(es) here", "", undeclared.check.sampleTarget)

            onClicked: undeclared.check.sampling ? undeclared.check.cancelSampling() : undeclared.check.startSampling()
        }
        OfButton {
            enabled: undeclared.blocker.length === 0
            objectName: "recordUndeclared"
            primary: false
            text: qsTr("Record undeclared outlet")

            onClicked: if (undeclared.check.recordUndeclared(undeclared.medium, description.text))
                description.text = ""
        }
    }
    Label {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        objectName: "undeclaredBlocker"
        text: undeclared.blocker
        visible: text.length > 0
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        text: undeclared.check.summary
        visible: text.length > 0
        wrapMode: Text.WordWrap
    }
    OfErrorText {
        text: undeclared.check.refusal
    }
    // Far from the site: recorded only when the inspector says so (marked far).
    OfFarConfirmation {
        Layout.fillWidth: true
        check: undeclared.check
    }
    Label {
        Layout.fillWidth: true
        color: Theme.ok
        font.bold: true
        font.pixelSize: Theme.fontBody
        objectName: "undeclaredRecorded"
        text: undeclared.check.lastRecorded
        visible: text.length > 0
        wrapMode: Text.WordWrap
    }
    OfErrorText {
        objectName: "undeclaredError"
        text: undeclared.check.lastError
    }
}

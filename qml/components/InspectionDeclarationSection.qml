import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// Before issuance: the application's declarations checked one by one on site (a declared outlet
// found where declared, each treatment facility present and running, the capacity as declared,
// the site outside prohibited zones). State and writing are DeclarationCheckModel's; a mismatch
// is shown in the danger colour, never green.
ColumnLayout {
    id: section

    required property DeclarationCheckModel checks
    property bool recordable: true

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        objectName: "declarationSummary"
        text: qsTr("Declarations checked: %1 of %2; mismatches: %3").arg(section.checks.checked).arg(section.checks.count).arg(section.checks.mismatches)
        wrapMode: Text.WordWrap
    }
    OfErrorText {
        text: section.checks.lastError
    }
    ListView {
        Layout.fillHeight: true
        Layout.fillWidth: true
        clip: true
        model: section.checks
        spacing: Theme.spacing

        delegate: ColumnLayout {
            id: row

            required property string code
            required property string declared
            required property int index
            required property string kind
            required property string kindText
            required property string name
            required property string state
            required property string stateText

            spacing: Theme.spacing / 2
            width: ListView.view.width

            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: [row.kindText, row.code, row.name].filter(s => s.length > 0).join("  ")
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Declared: %1").arg(row.declared)
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: row.state === "mismatch" ? Theme.danger : Theme.text
                font.bold: row.state === "mismatch"
                font.pixelSize: Theme.fontBody
                text: row.stateText
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: section.recordable

                OfButton {
                    text: qsTr("Found here")
                    visible: row.kind === "outlet"

                    onClicked: section.checks.recordOutlet(row.index, true)
                }
                OfButton {
                    primary: false
                    text: qsTr("Not found")
                    visible: row.kind === "outlet"

                    onClicked: section.checks.recordOutlet(row.index, false)
                }
                OfButton {
                    text: qsTr("Present, running")
                    visible: row.kind === "facility"

                    onClicked: section.checks.recordFacility(row.index, true, true)
                }
                OfButton {
                    primary: false
                    text: qsTr("Present, not running")
                    visible: row.kind === "facility"

                    onClicked: section.checks.recordFacility(row.index, true, false)
                }
                OfButton {
                    primary: false
                    text: qsTr("Missing")
                    visible: row.kind === "facility"

                    onClicked: section.checks.recordFacility(row.index, false, false)
                }
                OfTextField {
                    id: capacityValue
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    label: qsTr("Capacity seen")
                    visible: row.kind === "capacity"
                }
                OfTextField {
                    id: capacityUnit
                    label: qsTr("Unit")
                    text: row.declared.split(" ").slice(1).join(" ")
                    visible: row.kind === "capacity"
                }
                OfButton {
                    text: qsTr("Record capacity")
                    visible: row.kind === "capacity"

                    onClicked: section.checks.recordCapacity(Number(capacityValue.text), capacityUnit.text)
                }
                OfButton {
                    text: qsTr("Outside every prohibited zone")
                    visible: row.kind === "zone"

                    onClicked: section.checks.recordZone(true)
                }
                OfButton {
                    primary: false
                    text: qsTr("Inside a prohibited zone")
                    visible: row.kind === "zone"

                    onClicked: section.checks.recordZone(false)
                }
            }
        }
    }
}

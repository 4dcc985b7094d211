import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Signatures (inspector; representative or their refusal) and submission, with what is
// still missing listed plainly. Signatures voided by a later change are listed as voided, and
// the role signs again; a submitted inspection shows why it cannot be submitted again.
ScrollView {
    id: section

    required property InspectionController inspection
    readonly property SignatureController signatures: inspection.signatures

    contentWidth: availableWidth

    ColumnLayout {
        spacing: Theme.spacing
        width: section.availableWidth

        GridLayout {
            Layout.fillWidth: true
            columnSpacing: Theme.spacing * 2
            columns: section.availableWidth > 900 ? 2 : 1
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                Label {
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    text: qsTr("Inspector")
                }
                OfSignatureView {
                    Layout.fillWidth: true
                    name: section.signatures.inspectorSignerName
                    signedAt: section.signatures.inspectorSignedAt
                    strokes: section.signatures.inspectorStrokes
                    visible: section.signatures.inspectorSigned
                }
                OfTextField {
                    id: inspectorName
                    Layout.fillWidth: true
                    label: qsTr("Name")
                    text: section.signatures.inspectorName
                    visible: !section.signatures.inspectorSigned && section.inspection.signingAllowed
                }
                OfSignaturePad {
                    id: inspectorPad
                    Layout.fillWidth: true
                    label: qsTr("Inspector's signature")
                    objectName: "inspectorPad"
                    visible: !section.signatures.inspectorSigned && section.inspection.signingAllowed
                }
                OfButton {
                    enabled: !inspectorPad.pad.empty
                    objectName: "signAsInspector"
                    text: qsTr("Sign as inspector")
                    visible: !section.signatures.inspectorSigned && section.inspection.signingAllowed

                    onClicked: section.signatures.signAsInspector(inspectorName.text, inspectorPad.pad)
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                Label {
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    text: qsTr("Enterprise representative")
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.danger
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    text: Language.keepTokensWhole(qsTr("%1 refused to sign (recorded at %2)").arg(section.signatures.representativeName).arg(section.signatures.representativeSignedAt))
                    visible: section.signatures.representativeState === "refused"
                    wrapMode: Text.WordWrap
                }
                OfSignatureView {
                    Layout.fillWidth: true
                    name: section.signatures.representativeName
                    signedAt: section.signatures.representativeSignedAt
                    strokes: section.signatures.representativeStrokes
                    visible: section.signatures.representativeState === "signed"
                }
                OfTextField {
                    id: representativeName
                    Layout.fillWidth: true
                    label: qsTr("Name")
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed
                }
                OfSignaturePad {
                    id: representativePad
                    Layout.fillWidth: true
                    label: qsTr("Representative's signature")
                    objectName: "representativePad"
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed

                    OfButton {
                        enabled: !representativePad.pad.empty
                        text: qsTr("Sign as representative")

                        onClicked: section.signatures.signAsRepresentative(representativeName.text, representativePad.pad)
                    }
                    OfButton {
                        enabled: representativeName.text.trim().length > 0
                        primary: false
                        text: qsTr("Refused to sign")

                        onClicked: section.signatures.recordRefusal(representativeName.text)
                    }
                }
            }
        }
        OfErrorText {
            objectName: "signatureError"
            text: section.signatures.lastError
        }
        // Kept in the record, but no longer signing it: the record changed after them.
        Repeater {
            model: section.signatures.voidedSignatures

            Label {
                required property var modelData

                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.strikeout: true
                text: (modelData.refused ? qsTr("%1 refused to sign at %2") : qsTr("%1 signed at %2")).arg(modelData.name).arg(modelData.signedAt) + " — " + qsTr("voided by a change made after it")
                wrapMode: Text.WordWrap
            }
        }
        Label {
            Layout.topMargin: Theme.spacing
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Submit")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.danger
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: qsTr("Still missing before you can submit:")
            visible: section.inspection.missing.length > 0
        }
        Repeater {
            model: section.inspection.missing

            Label {
                required property string modelData

                Layout.fillWidth: true
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                text: "• " + modelData
                wrapMode: Text.WordWrap
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.ok
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: qsTr("Everything required is recorded.")
            visible: section.inspection.canSubmit
            wrapMode: Text.WordWrap
        }
        // Submitted: why it is not submitted again, and where corrections go.
        Label {
            Layout.fillWidth: true
            color: section.inspection.state === "needs_signing" ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontBody
            text: section.inspection.submitBlocker
            visible: section.inspection.submitted
            wrapMode: Text.WordWrap
        }
        OfButton {
            enabled: section.inspection.canSubmit
            text: qsTr("Submit inspection")
            visible: !section.inspection.submitted

            onClicked: section.inspection.submit()
        }
        OfErrorText {
            text: section.inspection.lastError
        }
    }
}

import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Before signing, this visit's findings, the production seen on site and the team; then the
// signatures (every inspector of the team; the representative, or their refusal before a
// witness) and submission, with what is still missing listed plainly. Signatures voided by a later change are listed as voided, and
// the role signs again; a submitted or approved inspection shows why it cannot be submitted
// again, and a returned one is resubmitted here.
ScrollView {
    id: section

    required property InspectionController inspection
    // Signing waits for what the record must state first (the production seen, two inspectors).
    readonly property bool readyToSign: inspection.team.teamComplete && inspection.team.productionState.length > 0
    readonly property SignatureController signatures: inspection.signatures

    contentWidth: availableWidth

    ColumnLayout {
        spacing: Theme.spacing
        width: section.availableWidth

        // What the record states before anyone signs: this visit's findings (read with the
        // representative), the production seen and the team.
        InspectionFindingsCard {
            Layout.fillWidth: true
            findings: section.inspection.findings
        }
        InspectionProductionCard {
            Layout.fillWidth: true
            team: section.inspection.team
        }
        InspectionTeamCard {
            Layout.fillWidth: true
            team: section.inspection.team
        }
        Label {
            Layout.fillWidth: true
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            objectName: "signingWaits"
            text: qsTr("Signing waits for the production state and a team of two inspectors.")
            visible: section.inspection.signingAllowed && !section.readyToSign
            wrapMode: Text.WordWrap
        }
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
                    text: qsTr("Inspectors")
                }
                // Every member of the team signs, with the certificate on record.
                Repeater {
                    model: section.signatures.inspectors

                    ColumnLayout {
                        id: member

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Label {
                            Layout.fillWidth: true
                            color: Theme.text
                            font.bold: true
                            font.pixelSize: Theme.fontBody
                            text: qsTr("%1 · certificate %2").arg(member.modelData.name).arg(member.modelData.certificateNo)
                            wrapMode: Text.WordWrap
                        }
                        OfSignatureView {
                            Layout.fillWidth: true
                            name: member.modelData.signerName
                            signedAt: member.modelData.signedAt
                            strokes: member.modelData.strokes
                            visible: member.modelData.signed
                        }
                        OfTextField {
                            id: memberName
                            Layout.fillWidth: true
                            label: qsTr("Name")
                            text: member.modelData.name
                            visible: !member.modelData.signed && section.inspection.signingAllowed
                        }
                        OfSignaturePad {
                            id: memberPad
                            Layout.fillWidth: true
                            label: qsTr("Signature of %1").arg(member.modelData.name)
                            objectName: member.modelData.lead ? "inspectorPad" : "memberPad"
                            visible: !member.modelData.signed && section.inspection.signingAllowed
                        }
                        OfButton {
                            enabled: !memberPad.pad.empty && section.readyToSign
                            objectName: member.modelData.lead ? "signAsInspector" : "signAsMember"
                            text: qsTr("Sign as %1").arg(member.modelData.name)
                            visible: !member.modelData.signed && section.inspection.signingAllowed

                            onClicked: section.signatures.signAsMember(member.modelData.inspectorId, memberName.text, memberPad.pad)
                        }
                    }
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
                // The witness who saw the refusal, with their signature.
                OfSignatureView {
                    Layout.fillWidth: true
                    name: qsTr("Witness: %1").arg(section.signatures.witnessName)
                    signedAt: section.signatures.representativeSignedAt
                    strokes: section.signatures.witnessStrokes
                    visible: section.signatures.representativeState === "refused" && section.signatures.witnessName.length > 0
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
                OfButton {
                    enabled: !representativePad.pad.empty && section.readyToSign
                    text: qsTr("Sign as representative")
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed

                    onClicked: section.signatures.signAsRepresentative(representativeName.text, representativePad.pad)
                }
                // Refused: recorded with a witness who saw it, by name and signature.
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    text: qsTr("If the representative refuses to sign, a witness who saw the refusal signs instead.")
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed
                    wrapMode: Text.WordWrap
                }
                OfTextField {
                    id: witnessName
                    Layout.fillWidth: true
                    label: qsTr("Witness's name")
                    objectName: "witnessName"
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed
                }
                OfSignaturePad {
                    id: witnessPad
                    Layout.fillWidth: true
                    label: qsTr("Witness's signature")
                    objectName: "witnessPad"
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed
                }
                OfButton {
                    enabled: representativeName.text.trim().length > 0 && witnessName.text.trim().length > 0 && !witnessPad.pad.empty && section.readyToSign
                    objectName: "recordRefusal"
                    primary: false
                    text: qsTr("Refused to sign")
                    visible: section.signatures.representativeState.length === 0 && section.inspection.signingAllowed

                    onClicked: section.signatures.recordRefusal(representativeName.text, witnessName.text, witnessPad.pad)
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
        // Waiting for review or approved: why it is not submitted again.
        Label {
            Layout.fillWidth: true
            color: section.inspection.state === "needs_signing" ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontBody
            text: section.inspection.submitBlocker
            visible: !section.inspection.editable
            wrapMode: Text.WordWrap
        }
        // In progress, or returned by the supervisor (then it is resubmitted).
        OfButton {
            enabled: section.inspection.canSubmit
            objectName: "submitButton"
            text: section.inspection.state === "returned" ? qsTr("Resubmit inspection") : qsTr("Submit inspection")
            visible: section.inspection.editable

            onClicked: section.inspection.submit()
        }
        OfErrorText {
            text: section.inspection.lastError
        }
    }
}

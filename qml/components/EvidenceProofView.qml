import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// One record's proof, full screen: what the tablet checked offline (its own signature, the
// server's signature on the tree head, the audit path to the root) and the numbers a
// verifier needs to check it again.
Popup {
    id: view

    property alias proof: proof

    function show(recordId) {
        proof.recordId = recordId;
        proof.reload();
        open();
    }

    // Over the whole window, the page's header too: a view of its own with its Close button.
    anchors.centerIn: parent
    height: parent ? parent.height : 0
    modal: true
    objectName: "evidenceProof"
    padding: Theme.spacing
    parent: Overlay.overlay
    width: parent ? parent.width : 0

    background: Rectangle {
        color: Theme.background
    }

    EvidenceProofController {
        id: proof
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Proof: %1").arg(proof.what)
            wrapMode: Text.WordWrap
        }
        EvidenceStateBadge {
            Layout.fillWidth: true
            recordState: proof.state
            text: proof.stateText
        }
        ScrollView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            contentWidth: availableWidth

            GridLayout {
                columnSpacing: Theme.spacing
                columns: 2
                rowSpacing: Theme.spacing / 2
                width: parent.width

                Name {
                    text: qsTr("Record SHA-256")
                }
                Value {
                    objectName: "recordHash"
                    text: proof.recordHash
                }
                Name {
                    text: qsTr("Chain no.")
                }
                Value {
                    text: proof.seq
                }
                Name {
                    text: qsTr("Signature")
                }
                Check {
                    ok: proof.deviceSignatureOk
                    text: proof.deviceSignatureText
                }
                Name {
                    text: qsTr("Server")
                }
                Check {
                    objectName: "serverSignature"
                    ok: proof.serverSignatureOk
                    text: proof.serverSignatureText
                }
                Name {
                    text: qsTr("Leaf index")
                    visible: proof.held
                }
                Value {
                    objectName: "leafIndex"
                    text: proof.leafIndex
                    visible: proof.held
                }
                Name {
                    text: qsTr("Tree size")
                    visible: proof.held
                }
                Value {
                    objectName: "treeSize"
                    text: proof.treeSize
                    visible: proof.held
                }
                Name {
                    text: qsTr("Root")
                    visible: proof.held
                }
                Value {
                    text: proof.rootHash
                    visible: proof.held
                }
                Name {
                    text: qsTr("Signed by the server")
                    visible: proof.held
                }
                Value {
                    text: proof.headTimeText
                    visible: proof.held
                }
                Name {
                    text: qsTr("Audit path")
                    visible: proof.held
                }
                Check {
                    objectName: "inclusion"
                    ok: proof.inclusionOk
                    text: proof.inclusionText
                    visible: proof.held
                }
                Repeater {
                    model: proof.auditPath

                    Value {
                        required property int index
                        required property string modelData

                        Layout.columnSpan: 2
                        text: (index + 1) + ". " + modelData
                    }
                }
            }
        }
        OfButton {
            objectName: "closeProof"
            text: qsTr("Close")

            onClicked: view.close()
        }
    }

    component Check: Label {
        property bool ok

        Layout.fillWidth: true
        color: ok ? Theme.ok : Theme.danger
        font.bold: true
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    component Name: Label {
        Layout.alignment: Qt.AlignTop
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    component Value: Label {
        Layout.fillWidth: true
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WrapAnywhere // hashes have no words
    }
}

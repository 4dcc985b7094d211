import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// One inspection as the reviewer reads it, and the decision on it.
ScrollView {
    id: detail

    required property var inspection
    required property var queue

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        spacing: Theme.spacing
        width: detail.availableWidth - 2 * Theme.spacing
        x: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("Choose an inspection on the left.")
            visible: !detail.inspection.id
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: !!detail.inspection.id

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: detail.inspection.enterprise || ""
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Permit %1 · inspector %2 · submitted %3 · %4").arg(detail.inspection.permit).arg(detail.inspection.inspector).arg(detail.inspection.submitted).arg(detail.inspection.stateText)
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSmall
                text: detail.inspection.summary || ""
                visible: text.length > 0
                wrapMode: Text.Wrap
            }
            ConsoleSection {
                title: qsTr("Findings (%1)").arg((detail.inspection.findings || []).length)
            }
            Repeater {
                model: detail.inspection.findings || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    color: Theme.danger
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("%1 %2: %3").arg(modelData.item).arg(modelData.text).arg(modelData.answerText) + (modelData.note ? " — " + modelData.note : "")
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Rest of the checklist (%1)").arg((detail.inspection.answers || []).length)
            }
            Repeater {
                model: detail.inspection.answers || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("%1 %2: %3").arg(modelData.item).arg(modelData.text).arg(modelData.answerText) + (modelData.note ? " — " + modelData.note : "")
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Measurements (%1)").arg((detail.inspection.measurements || []).length)
            }
            Repeater {
                model: detail.inspection.measurements || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("%1 %2: %3").arg(modelData.outlet).arg(modelData.pollutant).arg(modelData.value)
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Photos (%1)").arg((detail.inspection.photos || []).length)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: detail.inspection.photos || []

                    ColumnLayout {
                        required property var modelData

                        width: 200

                        Rectangle {
                            Layout.preferredHeight: 150
                            Layout.preferredWidth: 200
                            color: Theme.surface

                            Image {
                                id: photo
                                anchors.fill: parent
                                asynchronous: true
                                fillMode: Image.PreserveAspectFit
                                source: modelData.source
                                sourceSize.height: 300
                                sourceSize.width: 400
                            }
                            Label {
                                anchors.centerIn: parent
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                text: !modelData.uploaded ? qsTr("not uploaded yet") : photo.status === Image.Error ? qsTr("could not be fetched") : photo.status === Image.Loading ? qsTr("loading…") : ""
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontSmall
                            text: modelData.caption || modelData.subject
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            ConsoleSection {
                title: qsTr("Signatures (%1)").arg((detail.inspection.signatures || []).length)
            }
            Repeater {
                model: detail.inspection.signatures || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    text: modelData.refused ? qsTr("%1 %2 refused to sign (%3)").arg(modelData.role).arg(modelData.name).arg(modelData.signedAt) : qsTr("%1 %2 signed at %3").arg(modelData.role).arg(modelData.name).arg(modelData.signedAt)
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Flags raised (%1)").arg((detail.inspection.flags || []).length)
                visible: (detail.inspection.flags || []).length > 0
            }
            Repeater {
                model: detail.inspection.flags || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    color: modelData.severity === "violation" ? Theme.danger : Theme.text
                    font.pixelSize: Theme.fontSmall
                    text: modelData.rule + " · " + modelData.message
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Earlier decisions")
                visible: (detail.inspection.history || []).length > 0
            }
            Repeater {
                model: detail.inspection.history || []

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    text: modelData.decidedAt + " · " + modelData.decision + (modelData.comment ? " · " + modelData.comment : "")
                    wrapMode: Text.Wrap
                }
            }
            ConsoleSection {
                title: qsTr("Decision")
                visible: detail.inspection.state === "submitted"
            }
            OfTextField {
                id: comment
                Layout.fillWidth: true
                label: qsTr("Comment (required to return it; the inspector reads it)")
                objectName: "reviewComment"
                visible: detail.inspection.state === "submitted"
            }
            RowLayout {
                spacing: Theme.spacing
                visible: detail.inspection.state === "submitted"

                OfButton {
                    objectName: "approveButton"
                    text: qsTr("Approve")

                    onClicked: detail.queue.approve(comment.text)
                }
                OfButton {
                    fill: Theme.danger
                    objectName: "returnButton"
                    text: qsTr("Return to the inspector")

                    onClicked: detail.queue.returnToInspector(comment.text)
                }
            }
            Label {
                Layout.bottomMargin: Theme.spacing
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSmall
                objectName: "reviewStatus"
                text: detail.queue.status
                wrapMode: Text.Wrap
            }
        }
    }
}

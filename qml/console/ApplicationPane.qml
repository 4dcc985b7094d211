import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// Applications before issuance: each declaration beside what the inspection found of it, the
// mismatch flags, earlier decisions; approve, return for correction or refuse, with a reason.
RowLayout {
    id: pane

    readonly property var application: queue.selected
    readonly property var queue: ConsoleSession.applications

    spacing: 0

    ColumnLayout {
        Layout.fillHeight: true
        Layout.margins: Theme.spacing
        Layout.maximumWidth: 340
        Layout.preferredWidth: 340
        spacing: Theme.spacing

        OfComboBox {
            Layout.fillWidth: true
            currentIndex: ["pending", "returned", "approved", "refused", "issued", ""].indexOf(pane.queue.stateFilter)
            model: [{
                    "value": "pending",
                    "text": qsTr("Waiting for a decision")
                }, {
                    "value": "returned",
                    "text": qsTr("Returned for correction")
                }, {
                    "value": "approved",
                    "text": qsTr("Approved")
                }, {
                    "value": "refused",
                    "text": qsTr("Refused")
                }, {
                    "value": "issued",
                    "text": qsTr("Issued")
                }, {
                    "value": "",
                    "text": qsTr("All")
                }]
            objectName: "applicationFilter"

            onActivated: index => pane.queue.stateFilter = model[index].value
        }
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: pane.queue
            objectName: "applicationList"
            spacing: 4

            delegate: ItemDelegate {
                required property string appliedOn
                required property string enterprise
                required property int mismatches
                required property string number
                required property string permitId
                required property string stateText

                highlighted: pane.queue.selectedId === permitId
                width: ListView.view.width

                background: Rectangle {
                    border.color: parent.highlighted ? Theme.accent : Theme.divider
                    border.width: parent.highlighted ? 3 : 1
                    color: parent.highlighted ? "#e3ecf9" : parent.down ? Theme.surface : Theme.background
                    radius: 4
                }
                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        text: enterprise.length > 0 ? enterprise : number
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Applied %1").arg(appliedOn)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: mismatches > 0 ? Theme.danger : Theme.accent
                        font.pixelSize: Theme.fontSmall
                        text: mismatches > 0 ? qsTr("%1 · mismatches: %2").arg(stateText).arg(mismatches) : stateText
                        wrapMode: Text.Wrap
                    }
                }

                onClicked: pane.queue.select(permitId)
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("No applications here.")
                visible: list.count === 0
            }
        }
    }
    Rectangle {
        Layout.fillHeight: true
        color: Theme.divider
        implicitWidth: 1
    }
    ScrollView {
        id: detail
        Layout.fillHeight: true
        Layout.fillWidth: true
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
                text: qsTr("Choose an application on the left.")
                visible: !pane.application.id
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: !!pane.application.id

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    text: pane.application.enterprise || ""
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Application %1 · applied %2 · %3").arg(pane.application.number).arg(pane.application.appliedOn).arg(pane.application.stateText) + (pane.application.capacity ? " · " + qsTr("declared capacity %1").arg(pane.application.capacity) : "")
                    wrapMode: Text.Wrap
                }
                ConsoleSection {
                    title: qsTr("Declarations and what the inspection found")
                }
                Repeater {
                    model: pane.application.declarations || []

                    Label {
                        required property var modelData

                        Layout.fillWidth: true
                        color: modelData.mismatch ? Theme.danger : Theme.text
                        font.bold: modelData.mismatch
                        font.pixelSize: Theme.fontSmall
                        text: [modelData.what, modelData.subject, modelData.declared].filter(t => t.length > 0).join(" ") + ": " + modelData.found
                        wrapMode: Text.Wrap
                    }
                }
                ConsoleSection {
                    title: qsTr("Mismatch flags (%1)").arg((pane.application.flags || []).length)
                }
                Repeater {
                    model: pane.application.flags || []

                    Label {
                        required property var modelData

                        Layout.fillWidth: true
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        text: modelData.rule + " · " + modelData.message
                        wrapMode: Text.Wrap
                    }
                }
                ConsoleSection {
                    title: qsTr("Earlier decisions")
                    visible: (pane.application.history || []).length > 0
                }
                Repeater {
                    model: pane.application.history || []

                    Label {
                        required property var modelData

                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontSmall
                        text: [modelData.decidedAt, modelData.by, modelData.decisionText, modelData.reason].filter(t => t.length > 0).join(" · ")
                        wrapMode: Text.Wrap
                    }
                }
                ConsoleSection {
                    title: qsTr("Decision")
                    visible: !!pane.application.decidable
                }
                OfTextField {
                    id: reason
                    Layout.fillWidth: true
                    label: qsTr("Reason (required; the applicant reads it)")
                    objectName: "applicationReason"
                    visible: !!pane.application.decidable
                }
                RowLayout {
                    spacing: Theme.spacing
                    visible: !!pane.application.decidable

                    OfButton {
                        objectName: "approveApplication"
                        text: qsTr("Approve")

                        onClicked: pane.queue.decide("approve", reason.text)
                    }
                    OfButton {
                        objectName: "returnApplication"
                        primary: false
                        text: qsTr("Return for correction")

                        onClicked: pane.queue.decide("return", reason.text)
                    }
                    OfButton {
                        fill: Theme.danger
                        objectName: "refuseApplication"
                        text: qsTr("Refuse")

                        onClicked: pane.queue.decide("refuse", reason.text)
                    }
                }
                Label {
                    Layout.bottomMargin: Theme.spacing
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    objectName: "applicationStatus"
                    text: pane.queue.status
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}

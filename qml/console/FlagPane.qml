import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// Flags the server raised: each with its rule, message and computation; acknowledge
// (confirmed: it counts as a violation) or dismiss it, with a reason kept beside the decision.
ColumnLayout {
    id: pane

    // The flag last tapped, and its {lat, lon}, ringed on the map.
    property string chosenFlag
    property var chosenSite: ({})
    readonly property var flags: ConsoleSession.flags

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        spacing: Theme.spacing

        OfComboBox {
            Layout.preferredWidth: 320
            currentIndex: ["open", "acknowledged", "dismissed", "resolved", ""].indexOf(pane.flags.statusFilter)
            model: [{
                    "value": "open",
                    "text": qsTr("Open")
                }, {
                    "value": "acknowledged",
                    "text": qsTr("Acknowledged")
                }, {
                    "value": "dismissed",
                    "text": qsTr("Dismissed")
                }, {
                    "value": "resolved",
                    "text": qsTr("Resolved")
                }, {
                    "value": "",
                    "text": qsTr("All")
                }]
            objectName: "flagFilter"

            onActivated: index => pane.flags.statusFilter = model[index].value
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            objectName: "flagStatus"
            text: pane.flags.more ? qsTr("Only the first 5000 are shown.") + " " + pane.flags.status : pane.flags.status
            wrapMode: Text.Wrap
        }
    }
    OfTextField {
        id: reason
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        label: qsTr("Reason for the decision (kept with it)")
        objectName: "flagReason"

        Connections {
            function onDecided() {
                reason.text = "";
            }

            target: pane.flags
        }
    }
    ListView {
        id: list
        Layout.fillHeight: true
        Layout.fillWidth: true
        clip: true
        model: pane.flags
        objectName: "flagList"
        spacing: Theme.spacing

        delegate: Frame {
            required property string decision
            required property string enterprise
            required property string flagId
            required property var inputs
            required property string message
            required property string outlet
            required property string permit
            required property string rule
            required property string severity
            required property var site
            required property string status
            required property var steps

            // Two children (the card's column and its tap area): the height is the column's.
            contentHeight: card.implicitHeight
            width: ListView.view.width - 2 * Theme.spacing
            x: Theme.spacing

            // The chosen flag: an accent edge, and its site ringed on the map.
            background: Rectangle {
                border.color: pane.chosenFlag === flagId ? Theme.accent : Theme.divider
                border.width: pane.chosenFlag === flagId ? 3 : 1
                color: Theme.background
                radius: 4
            }

            // A tap anywhere on the card chooses it (its buttons take their own taps).
            MouseArea {
                anchors.fill: parent
                z: -1

                onClicked: {
                    pane.chosenFlag = flagId;
                    pane.chosenSite = site;
                }
            }
            ColumnLayout {
                id: card
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    color: severity === "violation" ? Theme.danger : Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    text: rule + " · " + message
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: [enterprise, permit, outlet].filter(t => t.length > 0).join(" · ")
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: steps

                    Label {
                        required property string modelData

                        Layout.fillWidth: true
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall - 2
                        text: modelData
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Decided: %1").arg(decision)
                    visible: decision.length > 0
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    spacing: Theme.spacing
                    visible: status === "open" || status === "resolved"

                    OfButton {
                        text: qsTr("Acknowledge")

                        onClicked: pane.flags.acknowledge(flagId, reason.text)
                    }
                    OfButton {
                        primary: false
                        text: qsTr("Dismiss")

                        onClicked: pane.flags.dismiss(flagId, reason.text)
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("No flags here.")
            visible: list.count === 0
        }
    }
}

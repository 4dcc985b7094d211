import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall

// A new "double random" draw: the pool (docs/routes.md's filter, e.g.
// `region=440305,class=key`), how many enterprises and inspectors, an optional seed, and risk
// weighting.
Dialog {
    id: dialog

    required property var draws

    anchors.centerIn: Overlay.overlay
    modal: true
    title: qsTr("New draw")
    width: Math.min(640, Overlay.overlay ? Overlay.overlay.width - 40 : 640)

    footer: RowLayout {
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
        }
        OfButton {
            primary: false
            text: qsTr("Cancel")

            onClicked: dialog.reject()
        }
        OfButton {
            Layout.bottomMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            objectName: "drawDialogAccept"
            text: qsTr("Draw")

            onClicked: dialog.accept()
        }
    }

    onAccepted: draws.draw(pool.text, parseInt(enterprises.text), parseInt(inspectors.text), seed.text, risk.checked)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        OfTextField {
            id: pool
            Layout.fillWidth: true
            label: qsTr("Pool (empty: every enterprise; e.g. region=440305,class=key)")
            objectName: "drawPool"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            OfTextField {
                id: enterprises
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Enterprises")
                objectName: "drawEnterprises"
                text: "5"
            }
            OfTextField {
                id: inspectors
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Inspectors")
                objectName: "drawInspectors"
                text: "2"
            }
            OfTextField {
                id: seed
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                label: qsTr("Seed (empty: chosen and recorded)")
                objectName: "drawSeed"
            }
        }
        CheckBox {
            id: risk
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            implicitHeight: Theme.touchTarget
            text: qsTr("Weight by risk")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Risk weighting favours enterprises with open flags, past violations and a long time since the last inspection.")
            wrapMode: Text.Wrap
        }
    }
}

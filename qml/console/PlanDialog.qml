import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall

// Plans the chosen draw's routes from a start (the bureau), in WGS-84 degrees.
Dialog {
    id: dialog

    required property var draws

    anchors.centerIn: Overlay.overlay
    modal: true
    title: qsTr("Plan the routes")
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - 40 : 560)

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
            objectName: "planDialogAccept"
            text: qsTr("Plan")

            onClicked: dialog.accept()
        }
    }

    onAccepted: draws.plan(Number(lat.text), Number(lon.text))

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Each team's sites are ordered for travel from the start and back (straight-line distances).")
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            OfTextField {
                id: lat
                Layout.fillWidth: true
                label: qsTr("Start latitude")
                objectName: "planLat"
                text: "22.5431"
            }
            OfTextField {
                id: lon
                Layout.fillWidth: true
                label: qsTr("Start longitude")
                objectName: "planLon"
                text: "114.0579"
            }
        }
    }
}

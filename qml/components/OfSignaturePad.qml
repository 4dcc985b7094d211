import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// A framed signing surface with its label and a Clear button. Sign with a finger or a
// gloved finger; the strokes are kept by the SignaturePad (C++) until signed or cleared.
ColumnLayout {
    id: wrapper

    property string label
    property alias pad: pad

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontBody
        text: wrapper.label
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 220
        border.color: Theme.text
        border.width: 2
        color: Theme.background

        SignaturePad {
            id: pad
            anchors.fill: parent
            anchors.margins: 2
        }
        Label {
            anchors.centerIn: parent
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("Sign here")
            visible: pad.empty
        }
    }
    OfButton {
        enabled: !pad.empty
        primary: false
        text: qsTr("Clear")

        onClicked: pad.clear()
    }
}

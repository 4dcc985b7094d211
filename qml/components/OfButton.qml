import QtQuick
import Outfall
import QtQuick.Controls

// A glove-sized button: never shorter than Theme.touchTarget, bold label, solid colours. A label
// wider than the button wraps onto a second line (the button grows) rather than spilling out.
Button {
    id: control

    // The filled colour of a primary button: the accent, or another that tells the choice apart
    // (the danger red of a non-compliant answer).
    property color fill: Theme.accent
    property bool primary: true

    font.bold: true
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 32)

    background: Rectangle {
        border.color: control.primary ? control.fill : Theme.text
        border.width: 2
        color: !control.enabled ? Theme.surface : control.primary ? (control.down ? Qt.darker(control.fill, 1.3) : control.fill) : Theme.background
        radius: 6
    }
    contentItem: Text {
        color: control.primary && control.enabled ? Theme.textOnAccent : Theme.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        text: control.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}

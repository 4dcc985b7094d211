import QtQuick
import QtQuick.Controls
import Outfall

// One tab of the console's bar: bold, as tall as a touch target.
TabButton {
    font.bold: true
    font.pixelSize: Theme.fontSmall
    implicitHeight: Theme.touchTarget
}

import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// Why an action was refused, in large red type next to the action; hidden when empty.
Label {
    Layout.fillWidth: true
    color: Theme.danger
    font.bold: true
    font.pixelSize: Theme.fontBody
    visible: text.length > 0
    wrapMode: Text.WordWrap
}

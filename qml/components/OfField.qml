import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// A label above its value; the value turns red and bold when it needs attention.
ColumnLayout {
    id: field

    property string label
    property string value
    property bool warning: false

    spacing: 0

    Label {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: field.label
    }
    Label {
        Layout.fillWidth: true
        color: field.warning ? Theme.danger : Theme.text
        font.bold: field.warning
        font.pixelSize: Theme.fontBody
        text: field.value.length > 0 ? field.value : "—"
        wrapMode: Text.Wrap
    }
}

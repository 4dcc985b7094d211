import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// A label above its value; the value turns red and bold when it needs attention.
ColumnLayout {
    id: field

    property string label
    // A value that is one token (a permit number, a code, a date range) stays on one line and
    // asks its layout for room; other values wrap at word boundaries, never inside a token.
    property bool token: false
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
        Layout.minimumWidth: field.token ? implicitWidth : 0
        color: field.warning ? Theme.danger : Theme.text
        font.bold: field.warning
        font.pixelSize: Theme.fontBody
        text: field.value.length > 0 ? Language.keepTokensWhole(field.value) : "—"
        wrapMode: field.token ? Text.NoWrap : Text.WordWrap
    }
}

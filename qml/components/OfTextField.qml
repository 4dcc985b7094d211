import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field at glove size. edited() fires on every keystroke (live previews).
ColumnLayout {
    id: field

    property alias input: input
    property alias inputMethodHints: input.inputMethodHints
    property string label
    property alias placeholderText: input.placeholderText
    property alias text: input.text

    signal edited(string text)

    spacing: 2

    Label {
        Layout.fillWidth: true
        color: Theme.textMuted
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        maximumLineCount: 2
        text: field.label
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget

        onTextEdited: field.edited(text)
    }
}

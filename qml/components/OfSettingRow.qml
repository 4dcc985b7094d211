import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// A labelled settings field: title, explanation, the control, and room for an error.
ColumnLayout {
    id: row

    default property alias control: holder.data
    property alias explanation: explanationLabel.text
    property alias title: titleLabel.text

    spacing: 4

    Label {
        id: titleLabel
        Layout.fillWidth: true
        color: Theme.text
        font.bold: true
        font.pixelSize: Theme.fontBody
    }
    Label {
        id: explanationLabel
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        visible: text.length > 0
        wrapMode: Text.WordWrap
    }
    RowLayout {
        id: holder
        Layout.fillWidth: true
        spacing: Theme.spacing
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall

// A heading inside a console detail pane.
Label {
    required property string title

    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.bold: true
    font.pixelSize: Theme.fontBody
    text: title
}

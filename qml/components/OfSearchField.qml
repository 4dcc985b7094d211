import QtQuick
import Outfall
import QtQuick.Controls

// A large search field with a clear button that is itself a full touch target.
TextField {
    id: field
    color: Theme.text
    font.pixelSize: Theme.fontBody
    implicitHeight: Theme.touchTarget
    inputMethodHints: Qt.ImhNoPredictiveText
    leftPadding: 16
    placeholderTextColor: Theme.textMuted
    rightPadding: clearButton.width + 8

    background: Rectangle {
        border.color: field.activeFocus ? Theme.accent : Theme.divider
        border.width: 2
        color: Theme.background
        radius: 6
    }

    ToolButton {
        id: clearButton
        Accessible.name: qsTr("Clear search")
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        font.pixelSize: Theme.fontBody
        height: Theme.touchTarget
        text: "✕"
        visible: field.text.length > 0
        width: Theme.touchTarget

        onClicked: field.clear()
    }
}

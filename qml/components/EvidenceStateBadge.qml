import QtQuick
import Outfall
import QtQuick.Layouts

// A record's state as icon and words: signed on this tablet (an open ring with a tick: the
// tablet's signature only) or logged on the server (a filled disc: its receipt is held).
RowLayout {
    id: badge

    readonly property bool logged: recordState === "logged"

    // "signed" or "logged"
    property string recordState
    property string text

    spacing: Theme.spacing / 2

    Rectangle {
        Layout.preferredHeight: 28
        Layout.preferredWidth: 28
        border.color: badge.logged ? Theme.ok : Theme.accent
        border.width: 3
        color: badge.logged ? Theme.ok : Theme.background
        objectName: "stateIcon"
        radius: 14

        Text {
            anchors.centerIn: parent
            color: badge.logged ? Theme.textOnAccent : Theme.accent
            font.bold: true
            font.pixelSize: 16
            text: "✓"
        }
    }
    Text {
        Layout.fillWidth: true
        color: badge.logged ? Theme.ok : Theme.accent
        font.bold: true
        font.pixelSize: Theme.fontSmall
        objectName: "stateText"
        text: badge.text
        wrapMode: Text.WordWrap
    }
}

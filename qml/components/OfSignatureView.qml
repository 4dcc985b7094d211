import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// A recorded signature shown back, read-only: who signed and when, and the stored strokes
// drawn as they were signed (scaled to fit). Nothing here can change it.
ColumnLayout {
    id: view

    property string name
    property string signedAt
    property alias strokes: stored.encoded

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        color: Theme.ok
        font.bold: true
        font.pixelSize: Theme.fontBody
        objectName: "signedBy"
        text: qsTr("✓ Signed by %1 at %2").arg(view.name).arg(view.signedAt)
        wrapMode: Text.WordWrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 160
        border.color: Theme.textMuted
        border.width: 1
        color: Theme.background

        SignaturePad {
            id: stored
            anchors.fill: parent
            anchors.margins: 1
            objectName: "storedStrokes"
            readOnly: true
        }
        Label {
            anchors.centerIn: parent
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            objectName: "noStrokes"
            text: qsTr("No strokes stored")
            visible: stored.empty
        }
    }
}

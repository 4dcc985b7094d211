import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// One photo in the evidence gallery: the whole stamped picture (never cropped: the stamp is
// evidence), its caption, time, permit, hash prefix, upload state. A tap opens it full screen.
Rectangle {
    id: tile

    required property string caption
    required property string enterpriseName
    required property url imageUrl
    required property string permitNumber
    required property string shaPrefix
    required property string takenAtText
    required property string uploadStateText
    required property bool uploaded

    signal opened

    border.color: Theme.divider
    border.width: 1
    color: Theme.background
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: 6

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 2

        Image {
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            source: tile.imageUrl
            sourceSize.height: 360
            sourceSize.width: 360

            Rectangle {
                anchors.fill: parent
                color: Theme.surface
                visible: parent.status !== Image.Ready
                z: -1
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            objectName: "caption"
            text: tile.caption.length > 0 ? tile.caption : qsTr("No caption")
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 3
            text: tile.enterpriseName
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            text: Language.keepTokensWhole(tile.takenAtText + " · " + tile.permitNumber)
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
            text: qsTr("SHA-256 %1…").arg(tile.shaPrefix)
        }
        Label {
            Layout.fillWidth: true
            color: tile.uploaded ? Theme.ok : Theme.danger
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: tile.uploadStateText
        }
    }
    TapHandler {
        onTapped: tile.opened()
    }
}

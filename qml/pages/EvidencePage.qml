import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Every photo recorded on this tablet, newest first, and whether the server has it yet.
Page {
    id: page
    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Evidence")

    onVisibleChanged: if (visible)
        photos.reload()

    PhotoGalleryModel {
        id: photos
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Evidence: %n photo(s)", "", photos.count)
        }
        Label {
            Layout.fillWidth: true
            color: photos.pendingCount > 0 ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("%n photo(s) waiting to upload. Originals stay on this tablet until the server confirms them.", "", photos.pendingCount)
            visible: photos.count > 0
            wrapMode: Text.WordWrap
        }
        GridView {
            id: grid

            readonly property int columns: Math.max(1, Math.floor(width / 300))

            Layout.fillHeight: true
            Layout.fillWidth: true
            cellHeight: 380 // the thumbnail and a name of two lines
            cellWidth: width / columns
            clip: true
            model: photos

            delegate: Item {
                required property int index
                required property var model

                height: grid.cellHeight
                width: grid.cellWidth

                PhotoTile {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    enterpriseName: parent.model.enterpriseName
                    imageUrl: parent.model.imageUrl
                    permitNumber: parent.model.permitNumber
                    shaPrefix: parent.model.shaPrefix
                    takenAtText: parent.model.takenAtText
                    uploadStateText: parent.model.uploadStateText
                    uploaded: parent.model.uploaded
                }
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No photos on this tablet yet.")
                visible: photos.count === 0
                width: parent.width * 0.8
                wrapMode: Text.WordWrap
            }
        }
    }
}

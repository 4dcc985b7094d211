import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Every photo recorded on this tablet, newest first, and whether the server has it yet.
Page {
    id: page

    property bool showRecords: false

    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Evidence")

    onVisibleChanged: if (visible) {
        photos.reload();
        records.model.reload();
    }

    PhotoGalleryModel {
        id: photos
    }
    EvidenceProofView {
        id: proofView
    }
    // A photo full screen: the whole stamped picture and what makes it evidence — when and
    // where it was taken, its SHA-256, whether the server has it.
    Popup {
        id: shown

        property var photo: ({})

        height: parent.height
        modal: true
        objectName: "photoFullScreen"
        padding: Theme.spacing
        width: parent.width

        background: Rectangle {
            color: Theme.background
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing / 2

            Image {
                Layout.fillHeight: true
                Layout.fillWidth: true
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                source: shown.photo.imageUrl ?? ""
            }
            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: (shown.photo.caption ?? "").length > 0 ? shown.photo.caption : qsTr("No caption")
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                text: Language.keepTokensWhole(qsTr("Taken %1 · %2").arg(shown.photo.takenAtText ?? "").arg(shown.photo.positionText ?? ""))
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                objectName: "fullHash"
                text: qsTr("SHA-256 %1").arg(shown.photo.sha256 ?? "")
                wrapMode: Text.WrapAnywhere // a hash has no words; every character is kept
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    color: shown.photo.uploaded ? Theme.ok : Theme.danger
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    text: shown.photo.uploadStateText ?? ""
                    wrapMode: Text.WordWrap
                }
                OfButton {
                    objectName: "closePhoto"
                    text: qsTr("Close")

                    onClicked: shown.close()
                }
            }
        }
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // Photos, or every signed record with its state and proof.
        OfChoiceRow {
            Layout.fillWidth: true
            current: page.showRecords ? "records" : "photos"
            model: [{
                    "value": "photos",
                    "text": qsTr("Evidence: %n photo(s)", "", photos.count)
                }, {
                    "value": "records",
                    "text": qsTr("Signed records (%1)").arg(records.count)
                }]

            onChosen: value => page.showRecords = value === "records"
        }
        EvidenceRecordList {
            id: records
            Layout.fillHeight: true
            Layout.fillWidth: true
            visible: page.showRecords

            onProofRequested: recordId => proofView.show(recordId)
        }
        Label {
            Layout.fillWidth: true
            color: photos.pendingCount > 0 ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("%n photo(s) waiting to upload. Originals stay on this tablet until the server confirms them.", "", photos.pendingCount)
            visible: photos.count > 0 && !page.showRecords
            wrapMode: Text.WordWrap
        }
        GridView {
            id: grid

            readonly property int columns: Math.max(1, Math.floor(width / 300))

            Layout.fillHeight: true
            Layout.fillWidth: true
            cellHeight: 420 // the thumbnail, a caption and a name of two lines each
            cellWidth: width / columns
            clip: true
            model: photos
            visible: !page.showRecords

            delegate: Item {
                required property int index
                required property var model

                height: grid.cellHeight
                width: grid.cellWidth

                PhotoTile {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    caption: parent.model.caption
                    enterpriseName: parent.model.enterpriseName
                    imageUrl: parent.model.imageUrl
                    permitNumber: parent.model.permitNumber
                    shaPrefix: parent.model.shaPrefix
                    takenAtText: parent.model.takenAtText
                    uploadStateText: parent.model.uploadStateText
                    uploaded: parent.model.uploaded

                    onOpened: {
                        shown.photo = parent.model;
                        shown.open();
                    }
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

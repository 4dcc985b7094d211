import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Outfall.Models

// Photos as evidence: with the camera where there is one, else imported from a file. The
// original is kept as taken (hashed); the pictures shown are the stamped display copies.
ScrollView {
    id: section

    required property PhotoController photos

    contentWidth: availableWidth

    FileDialog {
        id: picker
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png)")]
        title: qsTr("Choose a photo")

        onAccepted: section.photos.importFile(selectedFile)
    }
    ColumnLayout {
        spacing: Theme.spacing
        width: section.availableWidth

        Label {
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("What the photo shows")
        }
        OfChoiceRow {
            Layout.fillWidth: true
            current: section.photos.subject
            model: [{
                    "value": "",
                    "text": qsTr("General")
                }].concat(section.photos.subjects)

            onChosen: value => section.photos.subject = value
        }
        OfTextField {
            Layout.fillWidth: true
            label: qsTr("Caption")
            text: section.photos.caption

            onEdited: text => section.photos.caption = text
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("This device has no camera: import the photo from a file.")
            visible: !section.photos.cameraAvailable
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            OfButton {
                enabled: !section.photos.capturing
                text: qsTr("Take photo")
                visible: section.photos.cameraAvailable

                onClicked: section.photos.capture()
            }
            OfButton {
                primary: !section.photos.cameraAvailable
                text: qsTr("Choose file…")

                onClicked: picker.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            OfTextField {
                id: path
                Layout.fillWidth: true
                label: qsTr("Or type the file's path")
                placeholderText: "/sdcard/DCIM/IMG_0001.jpg"
            }
            OfButton {
                Layout.alignment: Qt.AlignBottom
                enabled: path.text.length > 0
                primary: false
                text: qsTr("Import")

                onClicked: if (section.photos.importFile(path.text))
                    path.text = ""
            }
        }
        OfErrorText {
            text: section.photos.lastError
        }
        Label {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("%n photo(s)", "", section.photos.photos.length)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: section.photos.photos

                ColumnLayout {
                    required property var modelData

                    width: 280

                    Image {
                        Layout.preferredHeight: 210
                        Layout.preferredWidth: 280
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                        source: modelData.displayUrl
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        text: [modelData.subject, modelData.caption].filter(s => s.length > 0).join(" · ")
                    }
                }
            }
        }
    }
}

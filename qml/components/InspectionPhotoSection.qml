import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Outfall.Models

// Photos as evidence: with the camera where there is one, else imported from a file. The
// original is kept as taken (hashed); the pictures shown are the stamped display copies.
// "Replace" makes the next photo supersede one; the replaced photo stays, marked as such.
ScrollView {
    id: section

    readonly property bool canTake: recordable || (replaceable && photos.replacingId.length > 0)
    required property PhotoController photos

    // Why the file chooser did not open (a QML module it needs is missing), else empty.
    property string pickerProblem
    // A new photo: only while the inspection is in progress.
    property bool recordable: true
    // A replacement (in progress, or returned by the supervisor to be amended).
    property bool replaceable: true

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

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: replacing.implicitHeight + 2 * Theme.spacing
            border.color: Theme.accent
            border.width: 2
            color: Theme.surface
            visible: section.photos.replacingId.length > 0

            RowLayout {
                id: replacing
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    text: qsTr("The next photo replaces a recorded one. Say why in the caption.")
                    wrapMode: Text.WordWrap
                }
                OfButton {
                    primary: false
                    text: qsTr("Cancel")

                    onClicked: section.photos.cancelReplace()
                }
            }
        }
        Label {
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("What the photo shows")
        }
        // What the photo shows, by name: the checklist's items and the permit's outlets.
        ComboBox {
            id: subject

            readonly property var choices: [{
                    "value": "",
                    "text": qsTr("General")
                }].concat(section.photos.subjectChoices)

            Layout.fillWidth: true
            currentIndex: choices.findIndex(c => c.value === section.photos.subject)
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            model: choices
            objectName: "photoSubject"
            textRole: "text"
            valueRole: "value"

            delegate: ItemDelegate {
                required property int index
                required property var modelData

                font.pixelSize: Theme.fontBody
                height: Theme.touchTarget
                highlighted: subject.highlightedIndex === index
                text: modelData.text
                width: subject.width
            }

            onActivated: index => section.photos.subject = choices[index].value
        }
        OfTextField {
            Layout.fillWidth: true
            label: section.photos.replacingId.length > 0 ? qsTr("Caption (why it is replaced)") : qsTr("Caption")
            text: section.photos.caption

            onEdited: text => section.photos.caption = text
        }
        // The live preview, only where there is a camera (none in headless tests):
        // cameraAvailable is QMediaDevices::videoInputs() not empty. Not QML's MediaDevices
        // type: an instance of it opens the audio backend too, which warns when headless.
        Loader {
            Layout.fillWidth: true
            Layout.preferredHeight: active ? 360 : 0
            active: section.photos.cameraAvailable
            visible: active

            sourceComponent: VideoOutput {
                id: preview
                fillMode: VideoOutput.PreserveAspectFit

                Component.onCompleted: section.photos.startPreview(preview)
            }
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
                enabled: section.canTake && !section.photos.capturing
                text: qsTr("Take photo")
                visible: section.photos.cameraAvailable

                onClicked: section.photos.capture()
            }
            OfButton {
                enabled: section.canTake
                objectName: "chooseFile"
                primary: !section.photos.cameraAvailable
                text: qsTr("Choose file…")

                // Never picker.open(): a chooser that cannot load says why instead of crashing.
                onClicked: section.pickerProblem = DialogOpener.open(picker)
            }
        }
        OfErrorText {
            objectName: "pickerProblem"
            text: section.pickerProblem.length > 0 ? qsTr("%1 Type the file's path below instead.").arg(section.pickerProblem) : ""
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
                enabled: section.canTake && path.text.length > 0
                primary: false
                text: qsTr("Import")

                onClicked: if (section.photos.importFile(path.text))
                    path.text = ""
            }
        }
        OfErrorText {
            text: section.photos.lastError
        }
        // Far from the site: kept only when the inspector says so (marked far).
        OfErrorText {
            text: section.photos.farConfirmation
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: section.photos.farConfirmation.length > 0

            OfButton {
                text: qsTr("Keep it, marked far from the site")

                onClicked: section.photos.confirmFar()
            }
            OfButton {
                primary: false
                text: qsTr("Cancel")

                onClicked: section.photos.cancelFar()
            }
        }
        Label {
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("%n photo(s)", "", section.photos.inForceCount)
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
                        opacity: modelData.superseded ? 0.4 : 1
                        source: modelData.displayUrl
                    }
                    Label {
                        Layout.fillWidth: true
                        color: modelData.superseded ? Theme.textMuted : Theme.text
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        font.strikeout: modelData.superseded
                        maximumLineCount: 2
                        text: [modelData.subject, modelData.caption].filter(s => s.length > 0).join(" · ")
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: modelData.superseded ? Theme.danger : Theme.textMuted
                        font.bold: modelData.superseded
                        font.pixelSize: Theme.fontSmall
                        text: modelData.superseded ? qsTr("Replaced") : qsTr("Replacement")
                        visible: modelData.superseded || modelData.replacement
                    }
                    OfButton {
                        enabled: section.replaceable
                        primary: false
                        text: qsTr("Replace")
                        visible: !modelData.superseded && modelData.id !== section.photos.replacingId

                        onClicked: section.photos.beginReplace(modelData.id)
                    }
                }
            }
        }
    }
}

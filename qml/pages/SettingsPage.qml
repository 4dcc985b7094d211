import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Language, server, GPS accuracy threshold and photo upload size. Values are checked by
// SettingsController; a refused value is explained under the fields.
Page {
    id: page
    title: qsTr("Settings")

    SettingsController {
        id: settings
    }
    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing * 2
            width: parent.width - Theme.spacing * 2
            x: Theme.spacing
            y: Theme.spacing

            OfSettingRow {
                Layout.fillWidth: true
                title: qsTr("Language")

                OfLanguageChoice {
                }
            }
            OfSettingRow {
                Layout.fillWidth: true
                explanation: qsTr("Outlet position checks refuse fixes less accurate than this.")
                title: qsTr("GPS accuracy threshold: %1 m").arg(settings.gpsAccuracyThresholdM)

                Repeater {
                    model: [10, 20, 50]

                    OfButton {
                        required property int modelData

                        primary: settings.gpsAccuracyThresholdM === modelData
                        text: qsTr("%1 m").arg(modelData)

                        onClicked: settings.setGpsAccuracyThresholdM(modelData)
                    }
                }
            }
            OfSettingRow {
                Layout.fillWidth: true
                explanation: qsTr("Longest edge of the copy that is uploaded. The original photo stays on the tablet.")
                title: qsTr("Photo upload size: %1 px").arg(settings.photoUploadMaxEdgePx)

                Repeater {
                    model: [1280, 2048, 4096]

                    OfButton {
                        required property int modelData

                        primary: settings.photoUploadMaxEdgePx === modelData
                        text: qsTr("%1 px").arg(modelData)

                        onClicked: settings.setPhotoUploadMaxEdgePx(modelData)
                    }
                }
            }
            OfSettingRow {
                Layout.fillWidth: true
                explanation: qsTr("Set by enrolment; change it only when your supervisor tells you to.")
                title: qsTr("Server")

                TextField {
                    id: endpoint
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.touchTarget
                    placeholderText: "tcp://host:port"
                    text: settings.serverEndpoint
                }
                OfButton {
                    text: qsTr("Save")

                    onClicked: settings.setServerEndpoint(endpoint.text)
                }
            }
            Label {
                Layout.fillWidth: true
                color: Theme.danger
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: settings.lastError
                visible: text.length > 0
                wrapMode: Text.WordWrap
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The window: a navigation rail of large buttons and the current page. Pages hold the
// content; this file only switches between them.
ApplicationWindow {
    id: window
    color: Theme.background
    height: 800
    title: qsTr("Outfall")
    visible: true
    width: 1280

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            Layout.maximumWidth: 220
            Layout.preferredWidth: 220
            spacing: Theme.spacing

            Repeater {
                model: [qsTr("Permits"), qsTr("Settings")]

                OfButton {
                    required property int index
                    required property string modelData

                    Layout.fillWidth: true
                    primary: pages.currentIndex === index
                    text: modelData

                    onClicked: pages.currentIndex = index
                }
            }
            Item {
                Layout.fillHeight: true
            }
        }
        StackLayout {
            id: pages
            Layout.fillHeight: true
            Layout.fillWidth: true

            PermitBrowser {
            }
            SettingsPage {
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The window: a navigation rail of large buttons and the current page. Pages hold the
// content; this file only switches between them. An unenrolled tablet shows First run.
ApplicationWindow {
    id: window

    // today, map, permits, evidence, flags or settings (main's --page).
    property string initialPage: "today"
    readonly property var pageKeys: ["today", "map", "permits", "evidence", "flags", "settings"]

    function openPermit(permitId) {
        pages.currentIndex = pageKeys.indexOf("permits");
        permitBrowser.openPermit(permitId);
    }

    color: Theme.background
    height: 800
    title: qsTr("Outfall")
    visible: true
    width: 1280

    EnrolmentController {
        id: enrolment
    }
    FirstRunPage {
        anchors.fill: parent
        controller: enrolment
        visible: !enrolment.enrolled
    }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: enrolment.enrolled

        ColumnLayout {
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            Layout.maximumWidth: 200
            Layout.preferredWidth: 200
            spacing: Theme.spacing

            Repeater {
                model: [qsTr("Today"), qsTr("Map"), qsTr("Permits"), qsTr("Evidence"), qsTr("Flags"), qsTr("Settings")]

                OfButton {
                    required property int index
                    required property string modelData

                    Layout.fillWidth: true
                    checked: primary // the page shown, for assistive technology and --ui-probe
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
            currentIndex: Math.max(0, window.pageKeys.indexOf(window.initialPage))
            objectName: "pages"

            TodayPage {
                onPermitChosen: permitId => window.openPermit(permitId)
            }
            MapPage {
                onPermitChosen: permitId => window.openPermit(permitId)
            }
            PermitBrowser {
                id: permitBrowser
                objectName: "permitBrowser"
            }
            EvidencePage {
            }
            FlagsPage {
            }
            SettingsPage {
            }
        }
    }
    // A failure no page caught (AppErrors: the store said "disk I/O error", say) is shown here,
    // over every page, until dismissed: the app goes on instead of aborting.
    Rectangle {
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        border.color: Theme.danger
        border.width: 3
        color: Theme.background
        height: appError.implicitHeight + 2 * Theme.spacing
        objectName: "appErrorBanner"
        radius: 6
        visible: AppErrors.message.length > 0

        RowLayout {
            id: appError
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                color: Theme.danger
                font.bold: true
                font.pixelSize: Theme.fontBody
                objectName: "appErrorMessage"
                text: AppErrors.message
                wrapMode: Text.WordWrap
            }
            OfButton {
                primary: false
                text: qsTr("Dismiss")

                onClicked: AppErrors.dismiss()
            }
        }
    }
}

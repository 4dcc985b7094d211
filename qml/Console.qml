import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The supervisor console (`outfall --console`): a desktop window over the same protocol as
// outfallctl. Left, what waits for the supervisor (inspections to review, flags to decide,
// draws to plan and publish) and the one chosen; right, the district's map with the selected
// draw's routes and the flags listed. State lives in ConsoleSession and its models.
ApplicationWindow {
    id: window
    color: Theme.background
    height: 900
    title: qsTr("Outfall console")
    visible: true
    width: 1600

    header: ConsoleHeader {
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.minimumWidth: 700
            Layout.preferredWidth: 900
            spacing: 0

            TabBar {
                id: tabs
                Layout.fillWidth: true
                objectName: "consoleTabs"

                // Four buttons of their own, not a Repeater over their titles: a new count or
                // language would rebuild a Repeater's buttons and put the bar back on its first
                // tab under the supervisor's hand.
                ConsoleTabButton {
                    text: qsTr("Review (%1)").arg(ConsoleSession.reviews.count)
                }
                ConsoleTabButton {
                    text: qsTr("Flags (%1)").arg(ConsoleSession.flags.count)
                }
                ConsoleTabButton {
                    text: qsTr("Routes (%1)").arg(ConsoleSession.draws.count)
                }
                ConsoleTabButton {
                    text: qsTr("Applications (%1)").arg(ConsoleSession.applications.count)
                }
            }
            StackLayout {
                Layout.fillHeight: true
                Layout.fillWidth: true
                currentIndex: tabs.currentIndex

                ReviewPane {
                }
                FlagPane {
                    id: flagPane
                }
                DrawPane {
                }
                ApplicationPane {
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            color: Theme.divider
            implicitWidth: 1
        }
        ConsoleMapPanel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.minimumWidth: 400
            Layout.preferredWidth: 700
            // What the tab shown is about: the inspection under review, or the flag tapped.
            highlight: tabs.currentIndex === 0 ? ConsoleSession.reviews.site : tabs.currentIndex === 1 ? flagPane.chosenSite : ({})
        }
    }
}

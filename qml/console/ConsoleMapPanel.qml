import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall
import Outfall.Models

// The district map with its legend: enterprises, the selected draw's team routes (numbered
// stops from the start and back), the flags listed, ringed by severity.
ColumnLayout {
    id: panel

    // {lat, lon} of the site to ring (the inspection under review); empty for none.
    property var highlight: ({})

    spacing: 0

    DistrictMap {
        id: map
        Layout.fillHeight: true
        Layout.fillWidth: true
        flags: ConsoleSession.flags.flaggedSites
        highlight: panel.highlight
        objectName: "districtMap"
        routes: ConsoleSession.draws.selectedRoutes
        sites: ConsoleSession.sites

        Label {
            anchors.centerIn: parent
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("No sites yet: the map appears once the server has answered.")
            visible: map.sites.length === 0
            width: parent.width * 0.8
            wrapMode: Text.Wrap
        }
    }
    Flow {
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        spacing: Theme.spacing * 2

        Label {
            color: "#6d6d6d"
            font.pixelSize: Theme.fontSmall
            text: "● " + qsTr("enterprise")
        }
        Repeater {
            model: ConsoleSession.draws.selectedRoutes

            Label {
                required property var modelData

                color: ConsoleSession.draws.teamColor(modelData.team)
                font.bold: true
                font.pixelSize: Theme.fontSmall
                text: "━ " + qsTr("team %1").arg(modelData.team)
            }
        }
        Label {
            font.pixelSize: Theme.fontSmall
            text: "■ " + qsTr("start")
            visible: ConsoleSession.draws.selectedRoutes.length > 0
        }
        Label {
            color: "#c62828"
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: "◯ " + qsTr("violation")
        }
        Label {
            color: "#e65100"
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: "◯ " + qsTr("warning")
        }
    }
}

import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// One outlet: code, name, kind, position, destination, limits and monitoring; each limited
// pollutant is a button that shows its reported values in the chart.
Rectangle {
    id: card

    required property string category
    required property string code
    required property string destination
    required property double latitude
    required property var limitLines
    required property double longitude
    required property string medium
    required property var monitoringLines
    required property string name
    required property string outletId
    required property var pollutantNames
    required property var pollutants

    signal pollutantChosen(string outletId, string pollutant)

    border.color: Theme.divider
    border.width: 1
    color: Theme.background
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: 6

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: "%1 · %2".arg(card.code).arg(card.name)
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("%1, %2 · %3, %4 · to %5").arg(card.medium === "air" ? qsTr("air") : qsTr("water")).arg(card.category === "main" ? qsTr("main outlet") : qsTr("general outlet")).arg(card.latitude.toFixed(5)).arg(card.longitude.toFixed(5)).arg(card.destination)
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.limitLines

            Label {
                required property string modelData

                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                text: "• " + modelData
                wrapMode: Text.Wrap
            }
        }
        Repeater {
            model: card.monitoringLines

            Label {
                required property string modelData

                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Monitoring: %1").arg(modelData)
                wrapMode: Text.Wrap
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: card.pollutants

                OfButton {
                    required property int index
                    required property string modelData

                    primary: false
                    text: qsTr("Chart %1").arg(card.pollutantNames[index])

                    onClicked: card.pollutantChosen(card.outletId, modelData)
                }
            }
        }
    }
}

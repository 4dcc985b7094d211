import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Enterprise and permit: holder, validity, this tablet's inspections of it (each with where
// it stands), outlets with their limits and monitoring, and a chart of the last 12 months of
// reported values against the limit.
Page {
    id: page

    property string permitId

    signal back
    // An inspection of the permit, any state (a submitted one opens read only).
    signal openInspection(string inspectionId)
    // Continues the inspection in progress, or starts one.
    signal startInspection(string permitId)

    // A page alone (self-test, screenshots) has no width from a StackView; without these
    // its width would follow its content, which follows its width.
    implicitHeight: 800
    implicitWidth: 1280
    title: detail.enterpriseName

    // Landscape: back, name, start in one row. Portrait: the name gets a row of its own under
    // the buttons, as wide as the page, so a long registered name is not cut.
    header: ToolBar {
        // Portrait stacks the header's rows: some room above and below them, so the buttons
        // do not touch the screen's top edge.
        bottomPadding: Theme.spacing / 2
        topPadding: Theme.spacing / 2

        GridLayout {
            readonly property bool narrow: page.width < 800

            anchors.fill: parent
            columns: narrow ? 2 : 3

            OfButton {
                Layout.column: 0
                Layout.row: 0
                primary: false
                text: qsTr("‹ Back")

                onClicked: page.back()
            }
            Label {
                Layout.column: parent.narrow ? 0 : 1
                Layout.columnSpan: parent.narrow ? 2 : 1
                Layout.fillWidth: true
                Layout.row: parent.narrow ? 1 : 0
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontTitle
                maximumLineCount: 3
                text: detail.enterpriseName
                wrapMode: Text.Wrap
            }
            OfButton {
                Layout.alignment: Qt.AlignRight
                Layout.column: parent.narrow ? 1 : 2
                Layout.row: 0
                enabled: detail.loaded
                text: detail.inspectionAction

                onClicked: page.startInspection(page.permitId)
            }
        }
    }

    PermitDetailController {
        id: detail
        permitId: page.permitId
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing
            width: scroll.availableWidth - 2 * Theme.spacing
            x: Theme.spacing

            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: detail.enterpriseOtherName
                visible: text.length > 0
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                columnSpacing: Theme.spacing
                columns: page.width > 900 ? 4 : 2

                OfField {
                    label: qsTr("Permit number")
                    token: true
                    value: detail.number
                }
                OfField {
                    label: qsTr("Credit code")
                    token: true
                    value: detail.uscc
                }
                OfField {
                    label: qsTr("Valid")
                    token: true
                    value: qsTr("%1 to %2").arg(detail.validFrom).arg(detail.validTo)
                    warning: detail.daysToExpiry < 60
                }
                OfField {
                    label: qsTr("Status")
                    value: detail.daysToExpiry < 0 ? qsTr("Expired %n day(s) ago", "", -detail.daysToExpiry) : qsTr("%n day(s) left", "", detail.daysToExpiry)
                    warning: detail.daysToExpiry < 60
                }
                OfField {
                    label: qsTr("Authority")
                    value: detail.authority
                }
                OfField {
                    label: qsTr("Industry")
                    value: detail.industryCode
                }
                OfField {
                    label: qsTr("Legal representative")
                    value: detail.legalRep
                }
                OfField {
                    label: qsTr("Address")
                    value: detail.address
                }
            }
            OfField {
                Layout.fillWidth: true
                label: qsTr("Capacity")
                value: detail.capacity
            }
            Label {
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Inspections on this tablet (%1)").arg(detail.inspections.length)
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: qsTr("None yet.")
                visible: detail.inspections.length === 0
            }
            Repeater {
                model: detail.inspections

                RowLayout {
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            color: modelData.done ? Theme.ok : modelData.state === "returned" || modelData.state === "refused" || modelData.state === "needs_signing" ? Theme.danger : Theme.text
                            font.bold: true
                            font.pixelSize: Theme.fontBody
                            text: modelData.stateText
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: qsTr("%1, started %2").arg(modelData.phase).arg(modelData.started)
                            wrapMode: Text.Wrap
                        }
                    }
                    OfButton {
                        primary: false
                        text: modelData.state === "in_progress" ? qsTr("Continue") : qsTr("Open")

                        onClicked: page.openInspection(modelData.id)
                    }
                }
            }
            Label {
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Reported values, last 12 months")
            }
            Label {
                Layout.fillWidth: true
                color: detail.series.exceedanceCount > 0 ? Theme.danger : Theme.textMuted
                font.bold: detail.series.exceedanceCount > 0
                font.pixelSize: Theme.fontBody
                text: detail.series.pointCount === 0 ? qsTr("No reported values for this outlet and pollutant.") : qsTr("%1: %n value(s) over the limit", "", detail.series.exceedanceCount).arg(detail.series.title)
            }
            // The pollutant's name in the UI language, its code and the outlet in small print.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: detail.series.pollutantCode !== ""

                Label {
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    objectName: "chartTitle"
                    text: detail.series.pollutantName
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: detail.series.pollutantCode + " · " + detail.series.outletCode
                }
            }
            SeriesChart {
                id: chart
                Layout.fillWidth: true
                Layout.preferredHeight: 340
                objectName: "chart"
                series: detail.series

                TapHandler {
                    onTapped: eventPoint => chart.tap(eventPoint.position.x, eventPoint.position.y)
                }
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: chart.selectedText === "" ? qsTr("Tap a point to see its value, date and validity.") : ""
                visible: detail.series.pointCount > 0 && chart.selectedText === ""
                wrapMode: Text.Wrap
            }
            Label {
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Outlets (%1)").arg(detail.outlets.count)
            }
            Repeater {
                model: detail.outlets

                OutletCard {
                    Layout.fillWidth: true

                    onPollutantChosen: (outletId, pollutant) => detail.showSeries(outletId, pollutant)
                }
            }
        }
    }
}

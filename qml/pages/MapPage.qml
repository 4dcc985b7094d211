import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The route on a map drawn by the app (MapCanvas): outlets, the route in order, your
// position, a legend. Drag to pan, pinch or +/− to zoom, "Me" to centre on the position, tap
// an outlet to see how far it is and open its permit. The card goes to the half of the
// screen the selected outlet is not in (MapCanvas.selectionCardAtTop).
Page {
    id: page
    signal permitChosen(string permitId)

    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Map")

    MapCanvas {
        id: canvas
        anchors.fill: parent
        hereAccuracyM: PositionController.valid ? PositionController.accuracyM : NaN
        hereLatitude: PositionController.valid ? PositionController.latitude : NaN
        hereLongitude: PositionController.valid ? PositionController.longitude : NaN
        objectName: "canvas"

        DragHandler {
            target: null

            onActiveChanged: if (active)
                canvas.beginPan()
            onTranslationChanged: if (active)
                canvas.panTo(translation.x, translation.y)
        }
        PinchHandler {
            // Qt 6.4's scale may carry over between pinches: zoom by the change only.
            property real lastScale: 1

            target: null

            onActiveChanged: lastScale = scale
            onScaleChanged: {
                if (active)
                    canvas.zoomBy(scale / lastScale, centroid.position.x, centroid.position.y);
                lastScale = scale;
            }
        }
        TapHandler {
            onTapped: eventPoint => canvas.tap(eventPoint.position.x, eventPoint.position.y)
        }
        WheelHandler {
            onWheel: event => canvas.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8, event.x, event.y)
        }
    }
    ColumnLayout {
        id: buttons
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: Theme.spacing

        OfButton {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            font.pixelSize: Theme.fontTitle
            text: "+"

            onClicked: canvas.zoomIn()
        }
        OfButton {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            font.pixelSize: Theme.fontTitle
            text: "−"

            onClicked: canvas.zoomOut()
        }
        OfButton {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            primary: false
            text: qsTr("All")

            onClicked: canvas.fitAll()
        }
        OfButton {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            enabled: canvas.hasHere
            objectName: "centreOnMe"
            primary: false
            text: qsTr("Me")

            onClicked: canvas.centreOnHere()
        }
    }
    Rectangle {
        id: card
        border.color: Theme.text
        border.width: 2
        color: Theme.background
        // Placed by y rather than by switching anchors: an item keeps the height two anchors
        // gave it once one of them is released.
        height: selection.implicitHeight + 2 * Theme.spacing
        objectName: "selectionCard"
        radius: 6
        visible: canvas.selectedIndex >= 0
        width: (canvas.selectionCardAtTop ? buttons.x : page.width) - 2 * Theme.spacing
        x: Theme.spacing
        y: canvas.selectionCardAtTop ? canvas.legendHeight + Theme.spacing : page.height - 72 - height // the scale bar stays visible below

        RowLayout {
            id: selection
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    maximumLineCount: 2
                    text: canvas.selectedTitle
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: canvas.selectedDetail
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    objectName: "selectedDistance"
                    text: canvas.selectedDistance
                    wrapMode: Text.WordWrap
                }
            }
            OfButton {
                objectName: "openPermit"
                text: qsTr("Open permit")

                onClicked: page.permitChosen(canvas.selectedPermitId)
            }
        }
    }
    Label {
        anchors.centerIn: parent
        color: Theme.text
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No assigned outlets to show. Sync to receive today's route.")
        visible: canvas.outletCount === 0
        width: parent.width * 0.7
        wrapMode: Text.WordWrap
    }
}

import QtQuick
import Outfall
import QtQuick.Layouts
import Outfall.Models

// 中文 / English as two big buttons; the choice applies at once and is remembered.
RowLayout {
    spacing: Theme.spacing

    Repeater {
        model: [{
                "code": "zh_CN",
                "name": "中文"
            }, {
                "code": "en",
                "name": "English"
            }]

        OfButton {
            required property var modelData

            primary: Language.current === modelData.code
            text: modelData.name

            onClicked: Language.current = modelData.code
        }
    }
}

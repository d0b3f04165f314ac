"""El árbol de órganos del área Órganos (con las unidades temáticas agrupadas en una carpeta) y el órgano
elegido en él."""

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from ...comun import fecha_dma, tr

_AGRUPAR_DESDE = 4   # con tantas unidades temáticas bajo un mismo órgano, se agrupan en una carpeta


class ArbolDeOrganos:
    """Llena el árbol y dice qué órgano y qué fecha están elegidos."""

    def _llenar_arbol(self, elegir: int | None) -> None:
        hijos: dict[int | None, list[dict]] = {}
        ids = {o["id"] for o in self._organos}
        for organo in self._organos:
            hijos.setdefault(organo["padre_id"] if organo["padre_id"] in ids else None, []).append(organo)
        self.arbol.blockSignals(True)
        self.arbol.clear()
        elegido = None

        def agregar(padre, organo: dict):
            nonlocal elegido
            item = QTreeWidgetItem([organo["nombre"]])
            item.setData(0, Qt.ItemDataRole.UserRole, organo["id"])
            item.setToolTip(0, tr(organo["tipo_nombre"]))
            if organo.get("disuelto_el"):   # su historia sigue a la vista, en gris y con la fecha en la ayuda
                item.setForeground(0, self.palette().placeholderText())
                item.setToolTip(0, self.tr("{0} · disuelto el {1}").format(tr(organo["tipo_nombre"]),
                                                                          fecha_dma(organo["disuelto_el"])))
            item.setSizeHint(0, QSize(0, 24))
            if padre is None:
                self.arbol.addTopLevelItem(item)
            else:
                padre.addChild(item)
            if organo["id"] == elegir:
                elegido = item
            unidades = [h for h in hijos.get(organo["id"], []) if h["tipo"] == "unidad_tematica"]
            carpeta = None
            if len(unidades) >= _AGRUPAR_DESDE:
                carpeta = QTreeWidgetItem([self.tr("Unidades temáticas ({0})").format(len(unidades))])
                carpeta.setFlags(Qt.ItemFlag.ItemIsEnabled)
                carpeta.setForeground(0, self.palette().placeholderText())
                carpeta.setSizeHint(0, QSize(0, 24))
            for hijo in hijos.get(organo["id"], []):
                if carpeta is None or hijo["tipo"] != "unidad_tematica":
                    agregar(item, hijo)
            if carpeta is not None:
                item.addChild(carpeta)
                for hijo in unidades:
                    agregar(carpeta, hijo)
            item.setExpanded(True)

        for organo in hijos.get(None, []):
            agregar(None, organo)
        self.arbol.blockSignals(False)
        if elegido is None and self.arbol.topLevelItemCount():
            elegido = self.arbol.topLevelItem(0)
        if elegido is not None:
            padre = elegido.parent()
            while padre is not None:
                padre.setExpanded(True)
                padre = padre.parent()
            if self.arbol.currentItem() is not elegido:
                self.arbol.setCurrentItem(elegido)   # currentItemChanged muestra el órgano
                return
        self._organo_elegido(elegido)

    @property
    def miembros(self) -> list[dict]:
        """Los miembros de la asociación tal como los muestra el área (para los selectores de los diálogos)."""
        return list(self._miembros)

    def organo_id(self) -> int | None:
        item = self.arbol.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    @property
    def organo(self) -> dict | None:
        clave = self.organo_id()
        return next((o for o in self._organos if o["id"] == clave), None)

    def seleccionar(self, nombre_o_id) -> bool:
        """Elige un órgano por su id o su nombre exacto; True si lo encontró."""
        for item in self._items():
            clave = item.data(0, Qt.ItemDataRole.UserRole)
            if clave is not None and (clave == nombre_o_id or item.text(0) == nombre_o_id):
                self.arbol.setCurrentItem(item)
                return True
        return False

    def _items(self):
        pendientes = [self.arbol.topLevelItem(i) for i in range(self.arbol.topLevelItemCount())]
        while pendientes:
            item = pendientes.pop(0)
            yield item
            pendientes.extend(item.child(i) for i in range(item.childCount()))

    def al(self) -> date:
        return self.fecha.date().toPython()

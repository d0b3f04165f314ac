"""Lo que se hace desde el área Órganos: crear un órgano, designar, terminar un mandato, su historia, las reglas
de sesión y de composición, el período, su creación y su disolución (o anularla), y los documentos (composición en
PDF o Excel, organigrama)."""

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ....dominio.organos import cargo_por_omision
from ...comun import descartar, fecha_dma
from ...operaciones import hacer_en_la_ventana
from ...piezas import guardar_documento, nombre_de_archivo


class AccionesDeOrganos:
    """Cada acción abre su diálogo y, si se guardó algo, recarga el área con el órgano a la vista."""

    def nuevo_organo(self) -> None:
        from ...dialogos.organo import DialogoNuevoOrgano

        if self.db is None:
            return
        dialogo = DialogoNuevoOrgano(self.oficina, self._organos, self.organo_id(), self)
        dialogo.exec()
        creado = dialogo.organo_id
        descartar(dialogo)
        if creado is not None:
            self._cambio(creado)

    def designar(self, desde: date | None = None, cargo: str | None = None) -> None:
        """El diálogo de designar en el órgano elegido (desde `desde`, con `cargo`, si se dan: como lo pide Inicio ›
        Próximos pasos para los mandatos que vencen)."""
        from ...dialogos.mandato import DialogoMandato

        organo = self.organo
        if organo is None:
            return
        cargo = cargo or cargo_por_omision(organo["tipo"])   # el mismo que escribe el traspaso
        dialogo = DialogoMandato(self.oficina, organo, self._miembros, self, cargo=cargo, desde=desde)
        dialogo.exec()
        hecho = dialogo.mandato_id
        descartar(dialogo)
        if hecho is not None:
            self._cambio(organo["id"])

    def terminar(self) -> None:
        from ...dialogos.mandato import DialogoTerminarMandato

        organo, asiento = self.organo, self.asiento_elegido()
        if organo is None or asiento is None:
            QMessageBox.information(self, self.tr("Elija un mandato"), self.tr("Seleccione primero un integrante en la tabla."))
            return
        if asiento.mandato_id == 0:
            return
        quien = asiento.miembro or asiento.persona or ""
        if asiento.miembro and asiento.persona:
            quien += f" ({asiento.persona})"
        descripcion = self.tr("{0}: {1} en {2} desde el {3}.").format(
            quien, asiento.nombre_del_cargo, organo["nombre"], fecha_dma(asiento.desde))
        dialogo = DialogoTerminarMandato(self.oficina, asiento.mandato_id, descripcion, asiento.desde, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def reglas_de_sesion(self) -> None:
        from ...dialogos.reglas_sesion import DialogoReglasSesion

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoReglasSesion(self.oficina, organo, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def reglas_de_la_sala(self) -> None:
        from ...dialogos.reglas_de_la_sala import DialogoReglasDeLaSala

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoReglasDeLaSala(self.oficina, organo["id"], self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def reglas_de_composicion(self) -> None:
        from ...dialogos.reglas_composicion import DialogoReglasComposicion

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoReglasComposicion(self.oficina, organo, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def periodo(self) -> None:
        from ...dialogos.organo import DialogoPeriodo

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoPeriodo(self.oficina, organo, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def creacion(self) -> None:
        from ...dialogos.organo_vida import DialogoCreacionDelOrgano

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoCreacionDelOrgano(self.oficina, organo, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def disolver(self) -> None:
        """Disolver el órgano elegido o, si ya está disuelto, anular la disolución."""
        from ...dialogos.organo_vida import DialogoDisolverOrgano

        organo = self.organo
        if organo is None or self.db is None:
            return
        if organo.get("disuelto_el"):
            self._anular_disolucion(organo)
            return
        dialogo = DialogoDisolverOrgano(self.oficina, organo, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def _anular_disolucion(self, organo: dict) -> None:
        from ....servicios.vida_de_los_organos import anular_disolucion

        por = f" ({organo['disuelto_por']})" if organo.get("disuelto_por") else ""
        if QMessageBox.question(self, self.tr("Anular la disolución"), self.tr(
                "¿Anular la disolución de «{0}» del {1}{2}?\n\nEl órgano vuelve a existir y los mandatos que terminó "
                "la disolución vuelven a su fecha de fin de antes. Si la fecha estaba mal, disuélvalo después con la "
                "correcta.").format(organo["nombre"], fecha_dma(organo["disuelto_el"]), por)) \
                != QMessageBox.StandardButton.Yes:
            return
        contexto, organo_id = self.contexto, organo["id"]
        if hacer_en_la_ventana(self, self.oficina, lambda: anular_disolucion(contexto, organo_id),
                               que="anular la disolución") is not None:
            self._cambio(organo_id)

    def historia(self) -> None:
        from ...dialogos.mandato import DialogoHistoriaMandatos

        organo = self.organo
        if organo is None:
            return
        dialogo = DialogoHistoriaMandatos(self.oficina, organo, self, al=self.al())
        dialogo.exec()
        cambiado = dialogo.cambiado
        descartar(dialogo)
        if cambiado:   # se corrigió la forma de un cargo: la composición la nombra de nuevo
            self._cambio(organo["id"])

    def _documento(self, titulo_del_dialogo: str, extension: str, funcion) -> None:
        organo = self.organo
        if organo is None:
            return
        al = self.al()
        guardar_documento(self, titulo_del_dialogo, f"{nombre_de_archivo(organo['nombre'])}-{al.isoformat()}{extension}",
                          lambda ruta: funcion(self.contexto, organo["id"], ruta, al), self._ajustes)

    def imprimir_composicion(self) -> None:
        from ....servicios.informes_organos import imprimir_composicion

        self._documento(self.tr("Imprimir la composición"), ".pdf", imprimir_composicion)

    def exportar_composicion(self) -> None:
        from ....servicios.informes_organos import exportar_composicion

        self._documento(self.tr("Exportar la composición"), ".xlsx", exportar_composicion)

    def imprimir_organigrama(self) -> None:
        from ....servicios.informes_organos import imprimir_organigrama

        if self.db is None:
            return
        al = self.al()
        guardar_documento(self, self.tr("Imprimir el organigrama"),
                          f"organigrama-{nombre_de_archivo(self.asociacion['sigla'])}-{al.isoformat()}.pdf",
                          lambda ruta: imprimir_organigrama(self.contexto, ruta, al), self._ajustes)

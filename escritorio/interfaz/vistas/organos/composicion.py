"""La composición del órgano elegido a una fecha: la tabla de integrantes, el resumen y las reglas de composición
que no se cumplen."""

from ....dominio.paises import nombre_pais
from ....dominio.texto import normalizar
from ....servicios.organos import composicion
from ....servicios.reglas_de_composicion import reglas_de
from ...comun import fecha_dma, tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import GRIS, dato_de_fila, filas_elegidas, llenar_tabla

_DESTACADOS = ("presidente", "coordinador", "vicepresidente", "subcoordinador")


class ComposicionDelOrgano:
    """La tabla de integrantes y lo que depende del integrante elegido en ella."""

    def _mostrar_composicion(self) -> None:
        organo = self.organo
        if organo is None or self.db is None:
            return
        self._mostrar_cita(organo)
        contexto, db, al = self.contexto, self.db, self.al()
        # Con voto en la fecha como lo cuentan los documentos: sin suspendidos ni (si la regla lo dice) morosos.
        leido = consultar_en_la_ventana(
            self, lambda: (composicion(contexto, organo["id"], al, cuotas=True), reglas_de(db, organo["id"])),
            que="composición")
        if leido is FALLO:
            return
        self.composicion, reglas = leido
        asientos = self._asientos_en_orden()
        self._llenar_integrantes(asientos)
        self.resumen.setText(self._resumen(asientos))
        self.avisos.mostrar(self.composicion.avisos, self.tr("Reglas de composición que no se cumplen:")
                            if len(self.composicion.avisos) > 1 else "", conforme=self._conforme(reglas))
        self._actualizar_botones()

    def _asientos_en_orden(self) -> list:
        """Dentro de cada cargo, por país y nombre: así se lee cuántos lugares ocupa cada país."""
        rango: dict[str, int] = {}
        for a in self.composicion.asientos:
            rango.setdefault(a.cargo, len(rango))
        return sorted(self.composicion.asientos, key=lambda a: (
            rango[a.cargo], normalizar(nombre_pais(a.pais) if a.pais else ""), normalizar(a.miembro or a.persona or "")))

    def _llenar_integrantes(self, asientos: list) -> None:
        filas = [[a.miembro or "—", nombre_pais(a.pais) if a.pais else "", a.persona or "", self._cargo(a),
                  self._voto(a), fecha_dma(a.desde), fecha_dma(a.hasta) or "—"] for a in asientos]
        llenar_tabla(self.tabla, filas, datos=asientos, negrita=lambda n: asientos[n].cargo in _DESTACADOS,
                     color=lambda n: GRIS if not asientos[n].con_voto else None)

    def _resumen(self, asientos: list) -> str:
        """«17 integrantes · 17 con voto · 3 de oficio · preside Mar del Plata (Secretaría Ejecutiva)»."""
        if not asientos:
            return self.tr("Nadie integra el órgano en esa fecha.")
        con_voto, cuantos = self.composicion.con_voto, self.composicion.integrantes   # miembros, no personas
        partes = [self.tr("{0} integrantes").format(cuantos) if cuantos != 1 else self.tr("1 integrante"),
                  self.tr("{0} con voto").format(con_voto)]
        de_oficio = sum(1 for a in asientos if a.de_oficio)
        if de_oficio:
            partes.append(self.tr("{0} de oficio").format(de_oficio))
        preside = self.composicion.preside
        if preside is not None:
            partes.append(self.tr("preside {0} ({1})").format(preside.miembro or preside.persona,
                                                               self.composicion.cargo_que_preside))
        return "  ·  ".join(partes)

    def _conforme(self, reglas: list) -> str:
        """Lo que se dice cuando el órgano cumple sus reglas de composición, con los artículos que las fijan."""
        if not reglas:
            return ""
        citas = sorted({r.articulo for r in reglas if r.articulo})
        return (self.tr("Cumple las reglas de composición ({0}).").format(", ".join(citas)) if citas
                else self.tr("Cumple las reglas de composición."))

    def _cargo(self, asiento) -> str:
        """«Presidente · de oficio: Secretaría Ejecutiva»."""
        cargo = asiento.nombre_del_cargo
        return self.tr("{0} · de oficio: {1}").format(cargo, asiento.de_oficio) if asiento.de_oficio else cargo

    def _voto(self, asiento) -> str:
        if asiento.con_voto:
            return self.tr("Sí")
        return self.tr("No: {0}").format(tr(asiento.motivo_sin_voto).lower()) if asiento.motivo_sin_voto else self.tr("No")

    def asiento_elegido(self):
        filas = filas_elegidas(self.tabla)
        return dato_de_fila(self.tabla, filas[0]) if filas else None

    def _actualizar_botones(self) -> None:
        asiento = self.asiento_elegido()
        self.boton_terminar.setEnabled(asiento is not None and asiento.mandato_id > 0)
        if asiento is not None and asiento.mandato_id == 0 and asiento.de_oficio:
            ayuda = self.tr("Se sienta de oficio por su cargo en {0}: deja el órgano cuando deja ese cargo (sin mandato "
                            "que terminar aquí).").format(asiento.de_oficio)
        elif asiento is not None and asiento.mandato_id == 0:
            ayuda = self.tr("Los integrantes de una asamblea son todos los miembros activos: no tienen mandato que terminar.")
        else:
            ayuda = self.tr("Termina el mandato elegido con fecha y motivo")
        self.boton_terminar.setToolTip(ayuda)
